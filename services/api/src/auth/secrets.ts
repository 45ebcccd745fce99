import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** The prefixes tell a leaked secret's kind at a glance (and let scanners find them). */
export const SESSION_PREFIX = 'rts_';
export const API_KEY_PREFIX = 'rtk_';

/** A fresh random 32-byte bearer secret, shown once to its holder. */
export const newSecret = (prefix: string): string => prefix + randomBytes(32).toString('base64url');

/** Only this is stored: a SHA-256 of the secret. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Ids of rows; random so they reveal neither counts nor order. */
export const newId = (): string => randomUUID();
