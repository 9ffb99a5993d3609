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
