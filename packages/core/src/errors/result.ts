/**
 * Errors are values: a stable machine-readable `code`, a message for people, and where it happened.
 *
 * @example
 * const r = parseDate('31/02/2015');
 * if (!r.ok) console.error(`${r.error.code}: ${r.error.message}`);
 */
export interface RetraceError<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  /** The field (interchange column) at fault, when there is one. */
  readonly field?: string;
  /** 1-based data row number in the source file, when known (header is row 0). */
  readonly row?: number;
}

export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: RetraceError<Code> };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const fail = <Code extends string>(
  code: Code,
  message: string,
  where: { field?: string; row?: number } = {},
): Result<never, Code> => ({ ok: false, error: { code, message, ...where } });
