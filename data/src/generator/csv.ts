/** Minimal RFC 4180 writing for the generator (the data package has no dependencies). */
export function csvRow(values: readonly string[]): string {
  return `${values.map((v) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')}\n`;
}

export const RECORD_COLUMNS = [
  'id', 'kind', 'full_name', 'sex', 'date_of_birth', 'age', 'age_as_of', 'registered_on', 'father_name', 'mother_name',
  'place_of_origin', 'place_of_separation', 'date_of_separation', 'current_location', 'requester_name', 'requester_relationship',
] as const;
