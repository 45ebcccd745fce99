/** RFC 4180 quoting: only when the value needs it. */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, newline included. */
export const csvLine = (values: readonly (string | number)[]): string => `${values.map(csvCell).join(',')}\n`;
