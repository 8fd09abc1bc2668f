/** One RFC 4180 CSV record, line break included. Cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function csvRecord(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join('; ') : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
