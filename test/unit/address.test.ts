import { describe, expect, it } from 'vitest';
import { normaliseAddress } from '../../subgraphs/facilities/domain/address.js';

/** subgraphs/facilities/domain/address.ts: one building, however its address is written. */
const CHAIN = ['浙江省', '宁波市', '海曙区', '南门街道'];

describe('normaliseAddress', () => {
  it('drops the division names the township already gives, full-width forms, spaces, punctuation; 號 is 号', () => {
    const same = [
      '浙江省宁波市海曙区南门街道澄浪路 1 号',
      '海曙区南门街道澄浪路1號',
      '澄浪路１号',
      '宁波市 海曙区，澄浪路1号。',
      '南门街道浙江省澄浪路1号',
    ];
    for (const a of same) expect(normaliseAddress(a, CHAIN), a).toBe('澄浪路1号');
  });

  it('keeps what tells buildings apart', () => {
    expect(normaliseAddress('澄浪路 2 号', CHAIN)).toBe('澄浪路2号');
    expect(normaliseAddress('澄浪路 1 号 3 幢', CHAIN)).toBe('澄浪路1号3幢');
    // A name that is the whole address is not dropped to nothing.
    expect(normaliseAddress('南门街道', CHAIN)).toBe('南门街道');
  });
});
