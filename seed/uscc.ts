/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters — registration
 * authority, organisation type, 6-digit division code, 9-character organisation code (GB 11714, with
 * its own check character) and a final check character (mod 31).
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCodeCheck(body8: string): string {
  const sum = [...body8].reduce((s, ch, i) => s + CHARSET.indexOf(ch) * ORG_WEIGHTS[i]!, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function usccCheck(body17: string): string {
  const sum = [...body17].reduce((s, ch, i) => s + CHARSET.indexOf(ch) * USCC_WEIGHTS[i]!, 0);
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** A valid code for a social organisation (民办非企业单位: authority 5 = civil affairs, type 2). */
export function makeUscc(countyCode: string, orgBody8: string): string {
  if (!/^\d{6}$/.test(countyCode)) throw new Error(`makeUscc: county code must be 6 digits, got ${countyCode}`);
  if (!/^[0-9A-HJ-NP-RTUW-Y]{8}$/.test(orgBody8)) throw new Error(`makeUscc: bad organisation code body ${orgBody8}`);
  const body17 = `52${countyCode}${orgBody8}${orgCodeCheck(orgBody8)}`;
  return body17 + usccCheck(body17);
}

/** True for an 18-character code whose check characters are right. */
export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) return false;
  return orgCodeCheck(code.slice(8, 16)) === code[16] && usccCheck(code.slice(0, 17)) === code[17];
}
