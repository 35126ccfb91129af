/**
 * An address as compared to tell whether two venues hang their plaques on one building: the same
 * building is written 浙江省宁波市海曙区南门街道澄浪路 1 号, 海曙区南门街道澄浪路1號 or 澄浪路１号, so the
 * comparison drops what the township already says (the names of its province, city, county and itself,
 * at the start), full-width forms, spaces and punctuation, and reads 號 as 号.
 */
export function normaliseAddress(address: string, divisionNames: readonly string[]): string {
  let t = address
    .normalize('NFKC')
    .replace(/號/g, '号')
    .replace(/[\s\p{P}]/gu, '');
  // Longest names first, repeatedly: 宁波市海曙区… loses 宁波市, then 海曙区.
  const names = [...divisionNames].filter(Boolean).sort((a, b) => b.length - a.length);
  for (let again = true; again; ) {
    again = false;
    for (const name of names) {
      if (t.startsWith(name) && t.length > name.length) {
        t = t.slice(name.length);
        again = true;
      }
    }
  }
  return t;
}
