/**
 * Division codes of the National Bureau of Statistics: 2 digits province, 4 city, 6 county, 9 township,
 * 12 village. Codes are hierarchical, so a region subtree is a code prefix. The one definition of both
 * patterns, for arguments, token claims and SQL builders alike.
 */
export const REGION_CODE_PATTERN = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

/** A prefix may stop anywhere within a code. */
export const REGION_PREFIX_PATTERN = /^\d{1,12}$/;

export const REGION_CODE_EXPECTED = 'a division code of 2, 4, 6, 9 or 12 digits';
export const REGION_PREFIX_EXPECTED = 'a division code prefix of 1 to 12 digits';

export const isRegionCode = (value: string): boolean => REGION_CODE_PATTERN.test(value);
export const isRegionPrefix = (value: string): boolean => REGION_PREFIX_PATTERN.test(value);
