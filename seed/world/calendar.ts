/** The reference date of the seed document (Zhejiang Civil Affairs, 2021-06-02): the world is as of then. */
export const REFERENCE_DATE = '2021-06-02';

/** The figures the seed document publishes for the province, which the generated world reproduces. */
export const SEED_DOCUMENT_FIGURES = {
  stations: 466,
  stationsBuiltIn2021: 76,
  staff: 1393,
  fundingYuan: 185_000_000,
} as const;

export { addDays } from '../../kit/local-time.js';

/** Public holidays of the reference year (2021) on which the centres close (国务院办公厅 2021 年节假日安排). */
export const PUBLIC_HOLIDAYS_2021: readonly { day: string; name: string }[] = [
  { day: '2021-04-03', name: '清明节' },
  { day: '2021-04-04', name: '清明节' },
  { day: '2021-04-05', name: '清明节' },
  { day: '2021-05-01', name: '劳动节' },
  { day: '2021-05-02', name: '劳动节' },
  { day: '2021-05-03', name: '劳动节' },
  { day: '2021-05-04', name: '劳动节' },
  { day: '2021-05-05', name: '劳动节' },
  { day: '2021-06-12', name: '端午节' },
  { day: '2021-06-13', name: '端午节' },
  { day: '2021-06-14', name: '端午节' },
  { day: '2021-09-19', name: '中秋节' },
  { day: '2021-09-20', name: '中秋节' },
  { day: '2021-09-21', name: '中秋节' },
  { day: '2021-10-01', name: '国庆节' },
  { day: '2021-10-02', name: '国庆节' },
  { day: '2021-10-03', name: '国庆节' },
  { day: '2021-10-04', name: '国庆节' },
  { day: '2021-10-05', name: '国庆节' },
  { day: '2021-10-06', name: '国庆节' },
  { day: '2021-10-07', name: '国庆节' },
];
