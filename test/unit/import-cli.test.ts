import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.js';

/**
 * `npm run import` as an office runs it: a process, files in a folder of its own, the exit code and
 * what it prints. No database or server here: the file alone (--offline), and what happens when the
 * gateway is not there. Writing through the gateway is test/e2e/import.test.ts.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-import-cli-'));

const importCli = (...args: string[]) => runScript('import', args, { INIT_CWD: dir });

// The processes run side by side (each test has files of its own): a spawn is mostly start-up time.
describe.concurrent('npm run import', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('template writes the department’s template where the user is, and names its sheets', async () => {
    const r = await importCli('template', 'social-work', '--out', '社工站模板.xlsx');
    expect(r.status, r.err).toBe(0);
    expect(r.out).toContain('社工站建设清单 (11 columns)');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, '社工站模板.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toContain('填写说明');
  });

  it('an unknown department is exit 2, naming the known ones', async () => {
    const r = await importCli('template', 'police');
    expect(r.status).toBe(2);
    expect(r.err).toContain('unknown department "police": expected one of facilities, party, practice, culture, social-work');
  });

  it('a GBK CSV with the 建设清单 headers: read, checked, exit 0, nothing written', async () => {
    const csv =
      '站点名称,所在乡镇(街道),具体地址,负责人,配备资金（万元）,工作进度,备注\r\n北山街道社会工作站,北山街道,保俶路12号,张伟,30,已建成,\r\n';
    fs.writeFileSync(path.join(dir, '清单.csv'), iconv.encode(csv, 'gbk'));
    const r = await importCli('social-work', '清单.csv', '--offline');
    expect(r.status, r.err).toBe(0);
    expect(r.out).toContain('csv, gb18030');
    expect(r.out).toContain('忽略的列 ignored columns: 备注');
    expect(r.out).toContain(
      "1 rows read: 1 passed the file's checks, 0 refused. Nothing was written (--offline: the database was not asked).",
    );
    expect(r.err).toContain('[3/3] 区划 resolving divisions'); // one line per stage when not on a terminal
    expect(fs.existsSync(path.join(dir, '清单.report.xlsx'))).toBe(false);
  });

  it('a file with refused cells: exit 1, the table, and the annotated copy beside it', async () => {
    const csv = '\uFEFF站点名称,所在乡镇(街道),配备资金,工作进度\n,北山街道,abc,已建成\n西溪街道社会工作站,西溪街道,3.30106E+11,未启动\n';
    fs.writeFileSync(path.join(dir, '有错.csv'), csv);
    const r = await importCli('social-work', '有错.csv', '--offline');
    expect(r.status).toBe(1);
    expect(r.out).toContain('csv, utf-8');
    expect(r.out).toMatch(/│ 有错\s+│ 2\s+│ 站点名称/);
    expect(r.out).toContain("2 rows read: 0 passed the file's checks, 2 refused.");
    expect(fs.existsSync(path.join(dir, '有错.report.xlsx'))).toBe(true);
  });

  it('without --offline the database checks need the gateway: unreachable is exit 1 saying what to do', async () => {
    fs.writeFileSync(path.join(dir, 'ok.csv'), '站点名称,所在乡镇(街道)\n北山街道社会工作站,330106002\n');
    const r = await importCli('social-work', 'ok.csv', '--gateway', 'http://127.0.0.1:9/graphql');
    expect(r.status).toBe(1);
    expect(r.err).toContain('Could not reach the gateway at http://127.0.0.1:9/graphql');
    expect(r.err).toContain('Start the federation (npm run start), give --gateway URL, or check the file alone with --offline.');
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it('--offline cannot --commit, --skip-invalid needs --commit, and an .xls is refused with what to do', async () => {
    fs.writeFileSync(path.join(dir, 'x.csv'), '站点名称\n');
    const commit = await importCli('social-work', 'x.csv', '--commit', '--offline');
    expect(commit.status).toBe(2);
    expect(commit.err).toContain('--offline checks the file alone: it cannot --commit');
    const skip = await importCli('social-work', 'x.csv', '--skip-invalid');
    expect(skip.status).toBe(2);
    expect(skip.err).toContain('--skip-invalid goes with --commit');
    fs.writeFileSync(path.join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const xls = await importCli('social-work', 'old.xls', '--offline');
    expect(xls.status).toBe(1);
    expect(xls.err).toMatch(/\.xlsx/);
    expect(xls.err).not.toMatch(/^\s+at /m);
  });
});
