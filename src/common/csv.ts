// RFC 4180 CSV, written and read. Pure: the register's export and the inventory's export and import share it.

/** One RFC 4180 CSV record, line break included. Cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function csvRecord(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join('; ') : value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The records of a CSV text (RFC 4180: quoted cells may hold commas, quotes doubled and line breaks; CRLF or LF),
 * each cell with csvRecord's formula guard undone. A byte-order mark (as spreadsheets write) is skipped; blank
 * lines are dropped. An unterminated quote is reported with the line it started on.
 */
export function parseCsv(text: string): { records: string[][]; problem: string | null } {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  const endCell = () => {
    record.push(cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (record.some((value) => value !== '')) records.push(record);
    record = [];
  };
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else {
      cell += char;
    }
  }
  if (quoted) return { records, problem: `a quoted cell opened on line ${quoteLine} is never closed` };
  endRecord();
  return { records, problem: null };
}
