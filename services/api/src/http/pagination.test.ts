import { describe, expect, it } from 'vitest';
import { ServiceError } from './errors.ts';
import { decodeCursor } from './pagination.ts';

describe('page cursors', () => {
  it('reads back the cursors the API makes and refuses anything else as a client error', () => {
    const cursor = Buffer.from('s1234').toString('base64url');
    expect(decodeCursor(cursor)).toBe('1234');
    expect(decodeCursor(undefined)).toBeNull();
    for (const bad of ['', 'abc', Buffer.from("s1; drop table records").toString('base64url'), Buffer.from(`s${'9'.repeat(30)}`).toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(ServiceError);
    }
  });
});
