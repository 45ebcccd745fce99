/** A zip that is not a workbook as ECMA-376 describes it; the message names a part, never a cell's content. */
export class XlsxFormatError extends Error {
  override name = 'XlsxFormatError';
}
