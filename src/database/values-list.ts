/**
 * The VALUES of a multi-row insert with numbered parameters, row after row: "($1, $2::jsonb), ($3, $4::jsonb)".
 * `casts` gives a column's cast by its position, for parameters pg cannot type on its own.
 */
export function valuesList(rowCount: number, columnCount: number, casts: Readonly<Record<number, string>> = {}): string {
  const row = (r: number) =>
    `(${Array.from({ length: columnCount }, (_, c) => `$${r * columnCount + c + 1}${casts[c] ?? ''}`).join(', ')})`;
  return Array.from({ length: rowCount }, (_, r) => row(r)).join(', ');
}
