import { describe, expect, it } from 'vitest';
import { prepareRecord } from '../normalize/record.ts';
import { blockingKeysFingerprint, FINGERPRINT_SAMPLES } from './fingerprint.ts';
import { blockingKeys } from './keys.ts';

describe('blockingKeysFingerprint', () => {
  it('is a short stable digest', () => {
    expect(blockingKeysFingerprint()).toMatch(/^k1-[0-9a-f]{8}$/);
    expect(blockingKeysFingerprint()).toBe(blockingKeysFingerprint());
  });

  it('is computed from samples that produce every kind of key, so a change to any kind changes it', () => {
    const kinds = new Set(FINGERPRINT_SAMPLES.flatMap((s) => blockingKeys(prepareRecord(s)).map((k) => k.slice(0, k.indexOf(':')))));
    expect([...kinds].sort()).toEqual(['bd', 'gm', 'gp', 'gy', 'lm', 'mm', 'n', 'nm', 'nn']);
  });
});
