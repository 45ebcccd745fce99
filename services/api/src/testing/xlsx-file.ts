import ExcelJS from 'exceljs';

/**
 * An .xlsx workbook as bytes: the first sheet from rows of cells (null leaves a cell empty), with
 * optional merged ranges, and a second sheet (as Kobo puts repeat groups) that must not be read.
 */
export async function xlsxBytes(rows: ReadonlyArray<ReadonlyArray<string | number | Date | null>>, merges: readonly string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('children');
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, j) => {
      if (value !== null) row.getCell(j + 1).value = value;
    });
    row.commit();
  });
  for (const range of merges) sheet.mergeCells(range);
  workbook.addWorksheet('repeat_group').addRow(['_parent_index', 'sibling_name']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
