import { afterEach, describe, expect, it, vi } from 'vitest';
import { progress } from '../../kit/imports/progress.js';

/** The stages of an import or sync on stderr (kit/imports/progress.ts): a line each in a log, a bar on a terminal. */

const wasTty = process.stderr.isTTY;
afterEach(() => {
  process.stderr.isTTY = wasTty;
  vi.restoreAllMocks();
});

describe('progress', () => {
  it('not on a terminal: one numbered line per stage, nothing else', () => {
    process.stderr.isTTY = false;
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stages = progress(3);
    stages.next('读取 reading a.xlsx');
    stages.next('检查 checking every cell');
    stages.stop();
    expect(lines).toEqual(['[1/3] 读取 reading a.xlsx', '[2/3] 检查 checking every cell']);
    expect(write).not.toHaveBeenCalled();
  });

  it('on a terminal: a bar of the stages with the current one named, cleared when it stops', () => {
    process.stderr.isTTY = true;
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    let out = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const stages = progress(4);
    stages.next('读取 reading');
    stages.next('检查 checking');
    stages.stop();
    expect(log).not.toHaveBeenCalled();
    expect(out).toContain('2/4 检查 checking');
    expect(out).toContain('░'); // the shades_classic bar
  });
});
