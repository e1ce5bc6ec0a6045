/** CSV for spreadsheets (RFC 4180), opened cleanly by Excel and LibreOffice. */

/** A UTF-8 byte order mark: without it Excel reads the file in the system code page and breaks Cyrillic. */
export const CSV_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection), and tab/CR that some treat alike. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a text that a spreadsheet would run as a formula gets a leading apostrophe; a cell with a comma,
 * quote or line break is quoted, its quotes doubled. Numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(cells: Array<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
