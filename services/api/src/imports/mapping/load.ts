import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { MappingSchema, type Mapping } from './schema.ts';

/** Where the shipped mappings live: `data/mappings/<name>.yaml`. */
export const SHIPPED_MAPPINGS_DIR = fileURLToPath(new URL('../../../../../data/mappings/', import.meta.url));
export const SHIPPED_MAPPINGS = ['interchange', 'kobo-child-registration', 'kobo-tracing-request', 'primero-cases', 'primero-tracing-requests'] as const;

/** A mapping that cannot be used: unreadable, not JSON/YAML, or not the mapping format. */
export class MappingError extends Error {
  constructor(
    readonly code: 'mapping.not_found' | 'mapping.syntax' | 'mapping.invalid',
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'MappingError';
  }
}

/** Checks a parsed mapping document against the format; the issues name each bad path. */
export function parseMapping(document: unknown, label: string): Mapping {
  const parsed = MappingSchema.safeParse(document);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
  throw new MappingError('mapping.invalid', `${label}: not a valid mapping (${issues.map((i) => `${i.path}: ${i.message}`).join('; ')})`, issues);
}

/** Parses mapping text, JSON or YAML (YAML is a superset, so one parser reads both). */
export function parseMappingText(text: string, label: string): Mapping {
  let document: unknown;
  try {
    document = parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    throw new MappingError('mapping.syntax', `${label}: neither JSON nor YAML (${(error as Error).name})`);
  }
  return parseMapping(document, label);
}

/**
 * A shipped mapping by name (`kobo-child-registration`), or a mapping file by path (.json, .yaml).
 *
 * @example
 * const mapping = await loadMapping('primero-cases');
 */
export async function loadMapping(nameOrPath: string): Promise<Mapping> {
  const shipped = (SHIPPED_MAPPINGS as readonly string[]).includes(nameOrPath);
  const path = shipped ? `${SHIPPED_MAPPINGS_DIR}${nameOrPath}.yaml` : nameOrPath;
  if (!shipped && !['.json', '.yaml', '.yml'].includes(extname(path).toLowerCase())) {
    throw new MappingError('mapping.not_found', `no shipped mapping "${basename(nameOrPath)}" (shipped: ${SHIPPED_MAPPINGS.join(', ')}); a mapping file ends in .json, .yaml or .yml`);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new MappingError('mapping.not_found', `cannot read the mapping ${shipped ? nameOrPath : path}`);
  }
  return parseMappingText(text, shipped ? nameOrPath : basename(path));
}
