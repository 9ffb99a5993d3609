/**
 * The one CSV writer of CareCircle (RFC 4180), used by the server's exports (`/audit.csv`, the CLI)
 * and the planner's downloads, so a cell is written the same way everywhere.
 */

/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: quoted when it holds a comma, quote, line break or apostrophe, and defused when a
 * spreadsheet would read it as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`, a leading tab or
 * carriage return get a leading `'`, so the text is shown, never evaluated). Numbers are written
 * as they are (a number is never a formula, and `-3` stays a number).
 * @example
 * csvCell('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 * csvCell('龙溪街道') // '龙溪街道'
 * csvCell(-3) // '-3'
 */
export function csvCell(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV line of cells (without the line break).
 * @example
 * csvLine(['a,b', 1]) // '"a,b",1'
 */
export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A whole CSV text: a byte-order mark (so spreadsheet programs read Chinese correctly), then the
 * header and the rows, each line ended by CRLF.
 * @example
 * toCsv(['name', 'beds'], [['龙溪', 12]]) // '\uFEFFname,beds\r\n龙溪,12\r\n'
 */
export function toCsv(header: readonly unknown[], rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
