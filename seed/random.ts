import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded random source (pure-rand): the same seed always gives the same sequence. */
export class Random {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** A float in [min, max) with the given number of decimals. */
  float(min: number, max: number, decimals: number): number {
    const scale = 10 ** decimals;
    return this.int(Math.round(min * scale), Math.round(max * scale) - 1) / scale;
  }
}
