/** Provincial-level divisions of GB/T 2260 by their two-digit prefix; names are in the i18n files (`regions.<prefix>`). */
export const PROVINCE_PREFIXES = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
] as const;
export type ProvincePrefix = (typeof PROVINCE_PREFIXES)[number];
export type ProvinceKey = `regions.${ProvincePrefix}`;

const isProvincePrefix = (value: string): value is ProvincePrefix => (PROVINCE_PREFIXES as readonly string[]).includes(value);

/** The i18n key of the province a region code lies in (330200 Ningbo → regions.33 浙江省), or null. */
export function provinceKeyOf(regionCode: string | null | undefined): ProvinceKey | null {
  const prefix = regionCode?.slice(0, 2) ?? '';
  return isProvincePrefix(prefix) ? `regions.${prefix}` : null;
}
