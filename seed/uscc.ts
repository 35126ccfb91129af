/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters — registration
 * authority, organisation type, 6-digit division code, 9-character organisation code (GB 11714, with
 * its own check character) and a final check character (mod 31). The alphabet and the final check are
 * the importer's (kit/sheets/cells.ts), so seeded and imported codes are checked alike.
 */

import { isValidUscc as hasValidCheckChar, USCC_ALPHABET, usccCheckChar } from '../kit/sheets/cells.js';

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCodeCheck(body8: string): string {
  const sum = [...body8].reduce((s, ch, i) => s + USCC_ALPHABET.indexOf(ch) * ORG_WEIGHTS[i]!, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A valid code for a social organisation (民办非企业单位: authority 5 = civil affairs, type 2). */
export function makeUscc(countyCode: string, orgBody8: string): string {
  if (!/^\d{6}$/.test(countyCode)) throw new Error(`makeUscc: county code must be 6 digits, got ${countyCode}`);
  if (!/^[0-9A-HJ-NP-RTUW-Y]{8}$/.test(orgBody8)) throw new Error(`makeUscc: bad organisation code body ${orgBody8}`);
  const body17 = `52${countyCode}${orgBody8}${orgCodeCheck(orgBody8)}`;
  return body17 + usccCheckChar(body17);
}

/** True for an 18-character code whose check characters are right: the final one and the organisation code's (the 17th). */
export function isValidUscc(code: string): boolean {
  return hasValidCheckChar(code) && orgCodeCheck(code.slice(8, 16)) === code[16];
}
