import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XlsxFormatError } from './format-error.ts';

/** What a part's reader is told, tag names without their namespace prefix (`x:row` → `row`). */
export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A tag's name or attribute's name without its namespace prefix. */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** An attribute by local name (`r:id` and `id` both answer to 'id'), or undefined. */
export function attribute(attributes: Record<string, string>, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const [key, value] of Object.entries(attributes)) if (localName(key) === name) return value;
  return undefined;
}

function parserFor(handler: XmlHandler): SaxesParser {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => handler.open?.(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handler.close?.(localName(tag.name)));
  if (handler.text) {
    parser.on('text', (text) => handler.text!(text));
    parser.on('cdata', (text) => handler.text!(text));
  }
  return parser;
}

/**
 * Feeds a part's XML to `handler` chunk by chunk; after each chunk, `drain` may hand out what the
 * handler gathered (rows), so a large sheet is never held whole.
 */
export async function* parseXml<T>(part: string, stream: Readable, handler: XmlHandler, drain: () => T[]): AsyncGenerator<T> {
  const parser = parserFor(handler);
  const decoder = new StringDecoder('utf8');
  // saxes's messages quote the offending text, which may be a child's name: only the part is told.
  const write = (text: string | null) => {
    try {
      if (text === null) parser.close();
      else parser.write(text);
    } catch (error) {
      throw error instanceof XlsxFormatError ? error : new XlsxFormatError(`malformed XML in ${part}`);
    }
  };
  for await (const chunk of stream) {
    write(decoder.write(chunk as Buffer));
    yield* drain();
  }
  write(decoder.end());
  write(null);
  yield* drain();
}

/** Feeds a small part's XML to `handler` to the end. */
export async function readXml(part: string, stream: Readable, handler: XmlHandler): Promise<void> {
  for await (const _ of parseXml(part, stream, handler, () => [])) void _;
}

/** OOXML writes characters XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`). */
export const unescapeOoxml = (text: string): string => (text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);
