/** Why a whole input file cannot be read (as opposed to one bad row, which the caller reports). */
export type InputFileErrorCode =
  | 'file.missing'
  | 'file.empty'
  | 'file.binary'
  | 'file.encoding'
  | 'file.delimiter'
  | 'file.no_id_column'
  | 'file.format';

/** A problem with a whole input file: it cannot be read as a table at all. */
export class InputFileError extends Error {
  constructor(
    readonly code: InputFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputFileError';
  }
}
