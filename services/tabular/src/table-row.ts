/** One data row of a table, cells keyed by lowercase column name. */
export interface SourceRow {
  /** Spreadsheet row number: the header is row 1 (in a CSV), the first record row 2. */
  readonly row: number;
  readonly cells: Record<string, string>;
  /** Set when the row has more non-empty cells than the header has columns. */
  readonly extraCells?: number;
}

/** What every reader checks of a header before the first row. */
export interface HeaderOptions {
  /** Columns (lowercase) the header must have; a file without them is refused as a whole. */
  readonly requiredColumns?: readonly string[];
}

/** Turns a row's cells into a record keyed by the header's names (first of a repeated name wins). */
export function cellsByColumn(header: readonly string[], cells: readonly string[], row: number): SourceRow {
  const record: Record<string, string> = {};
  header.forEach((column, i) => {
    if (column && !(column in record)) record[column] = cells[i] ?? '';
  });
  const extraCells = cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '') ? cells.length - header.length : 0;
  return extraCells ? { row, cells: record, extraCells } : { row, cells: record };
}
