import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('salts each hash, accepts the right password and refuses others', async () => {
    const [a, b] = await Promise.all([hashPassword('Achta loves mangoes 2015'), hashPassword('Achta loves mangoes 2015')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Achta loves mangoes 2015', a)).toBe(true);
    expect(await verifyPassword('achta loves mangoes 2015', a)).toBe(false);
    expect(await verifyPassword('Achta loves mangoes 2015', null)).toBe(false);
    expect(await verifyPassword('anything', 'md5$not-ours')).toBe(false);
  });
});
