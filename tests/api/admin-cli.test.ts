import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openPgliteStorage } from '@retrace/api';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'retrace-admin-'));

/** Runs `pnpm admin …` as a real process on a PGlite data directory; never throws. */
async function admin(args: string[], password: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run('node', ['--import', 'tsx', 'services/api/src/cli/admin.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', RETRACE_DATA_DIR: dataDir, RETRACE_ADMIN_PASSWORD: password },
    });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('the admin CLI', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the first agency and its administrator, atomically, with a hashed password', async () => {
    const created = await admin(['create-agency', '--id', 'north-camps', '--name', 'North Camps Child Protection', '--admin', 'amina'], 'first administrator password');
    expect([created.code, created.stderr]).toEqual([0, expect.stringContaining('created agency north-camps')]);
    const clash = await admin(['create-agency', '--id', 'south-camps', '--name', 'South Camps', '--admin', 'amina'], 'another long password');
    expect([clash.code, clash.stderr]).toEqual([1, expect.stringContaining('taken')]);
    const short = await admin(['create-agency', '--id', 'east', '--name', 'East', '--admin', 'bob'], 'short');
    expect(short.code).toBe(2);

    const storage = await openPgliteStorage({ dataDir });
    try {
      expect((await storage.db.selectFrom('agencies').select('id').execute()).map((a) => a.id)).toEqual(['north-camps']);
      const users = await storage.db.selectFrom('users').select(['username', 'role', 'agency_id', 'password_hash']).execute();
      expect(users).toEqual([{ username: 'amina', role: 'agency_admin', agency_id: 'north-camps', password_hash: expect.stringMatching(/^scrypt\$/) }]);
      const audit = await storage.db.selectFrom('audit_log').select('action').orderBy('seq').execute();
      expect(audit.map((a) => a.action)).toEqual(['agency.create', 'user.create']);
    } finally {
      await storage.close();
    }
  });
});
