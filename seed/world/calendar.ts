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
