/**
 * 区市 of Weihai. `code` is the two-letter short code that goes into 申领编号,
 * so it must never change once numbers have been issued with it.
 */
export interface District {
  code: string;
  label: string;
  /** For narrow table columns and printed headers. */
  shortLabel: string;
}

export const DISTRICTS: readonly District[] = [
  { code: 'HC', label: '环翠区', shortLabel: '环翠' },
  { code: 'WD', label: '文登区', shortLabel: '文登' },
  { code: 'RC', label: '荣成市', shortLabel: '荣成' },
  { code: 'RS', label: '乳山市', shortLabel: '乳山' },
  { code: 'GX', label: '火炬高技术产业开发区', shortLabel: '高区' },
  { code: 'JK', label: '经济技术开发区', shortLabel: '经区' },
  { code: 'LG', label: '临港经济技术开发区', shortLabel: '临港区' },
  { code: 'NH', label: '南海新区', shortLabel: '南海新区' },
  { code: 'ZB', label: '综合保税区', shortLabel: '综保区' },
  // City-level windows and departments register applications too, but nothing "lands" at city level.
  { code: 'SJ', label: '市级（市直）', shortLabel: '市直' },
];

/** The code for city-level staff; a valid window, not a valid 落地区市 of a project. */
export const CITY_LEVEL_CODE = 'SJ';

/** The areas a project can land in (落地区市): every district but the city level. */
export const LANDING_DISTRICTS: readonly District[] = DISTRICTS.filter((d) => d.code !== CITY_LEVEL_CODE);

export function districtByCode(code: string): District | null {
  return DISTRICTS.find((d) => d.code === code) ?? null;
}
