import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, toCsv } from '../src/index.js';

describe('csvCell (the one CSV writer of the server and the planner)', () => {
  it('neutralises formula prefixes: =HYPERLINK(…), +, -, @, tab and CR', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('quotes commas, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('两路街道')).toBe('两路街道');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nbye')).toBe('"say ""hi""\nbye"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvLine(['x', 1, null])).toBe('x,1,');
    expect(toCsv(['name', 'beds'], [['龙溪', 12]])).toBe('\uFEFFname,beds\r\n龙溪,12\r\n');
  });
});
