// A clinician's default summary style: kept per user, encrypted in their own store, read-only in an
// emergency session, defaults for roles that keep none; older stores gain the table on open.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import { DEFAULT_PREFERENCES } from '../../shared/contract/preferences';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, countIn, failure, filesUnder, freshVaultEach } from './vault-test-support';
import { migrate, schemaVersion } from './migrations';
import { readPreferences } from './preferences';

const CLIN2_PASS = 'orange piano glacier whisper';

describe('preferences', () => {
  const fx = freshVaultEach();

  it('keeps each clinician their own default style across sign-ins, encrypted at rest', async () => {
    const vault = fx.h.service;
    const { recoveryCode } = await vault.setup('root', ADMIN_PASS);
    await vault.addUser('carol', 'clinician', CLIN_PASS);
    await vault.addUser('dave', 'clinician', CLIN2_PASS);
    await vault.addUser('audrey', 'auditor', AUDITOR_PASS);
    // Roles that keep none read the defaults and may not set any.
    expect(await vault.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect((await failure(vault.setPreferences({ defaultStyle: 'soap' }))).code).toBe('FORBIDDEN');
    await vault.lock();

    await vault.unlock('carol', CLIN_PASS);
    expect(await vault.getPreferences()).toEqual({ defaultStyle: 'brief' });
    expect(await vault.setPreferences({ defaultStyle: 'problem-ap' })).toEqual({ defaultStyle: 'problem-ap' });
    expect(await vault.setPreferences({})).toEqual({ defaultStyle: 'problem-ap' });
    await vault.lock();

    await vault.unlock('dave', CLIN2_PASS);
    expect(await vault.getPreferences()).toEqual({ defaultStyle: 'brief' });
    await vault.setPreferences({ defaultStyle: 'handoff' });
    // An emergency session is read-only: preferences too.
    await vault.breakGlass(recoveryCode, 'patient unconscious in ER');
    expect(await vault.getPreferences()).toEqual({ defaultStyle: 'handoff' });
    expect((await failure(vault.setPreferences({ defaultStyle: 'soap' }))).code).toBe('FORBIDDEN');
    await vault.lock();

    await vault.unlock('audrey', AUDITOR_PASS);
    expect(await vault.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect((await failure(vault.setPreferences({ defaultStyle: 'soap' }))).code).toBe('FORBIDDEN');
    await vault.lock();

    await vault.unlock('carol', CLIN_PASS);
    expect(await vault.getPreferences()).toEqual({ defaultStyle: 'problem-ap' });
    await vault.lock();
    for (const file of await filesUnder(fx.dir)) {
      expect(await countIn(file, 'defaultStyle'), file).toBe(0);
      expect(await countIn(file, 'problem-ap'), file).toBe(0);
    }
  });

  it('a store made before preferences gains the table when opened; an unknown stored style reads as the default', async () => {
    const file = path.join(fx.dir, 'old.db');
    const key = randomBytes(32);
    const db = await multipleCiphersDriver.open(file, key, { create: true });
    try {
      // A store from before this change: the schema up to labels and note types.
      await migrate(db, 'content', 2);
      expect(await db.get(`SELECT name FROM sqlite_master WHERE name = 'preferences'`)).toBeUndefined();
      await migrate(db, 'content');
      expect((await db.get<{ user_version: number }>('PRAGMA user_version'))?.user_version).toBe(schemaVersion('content'));
      expect(await readPreferences(db, 'u1')).toEqual(DEFAULT_PREFERENCES);
      await db.run(`INSERT INTO preferences (user_id, key, value) VALUES ('u1', 'defaultStyle', 'haiku'), ('u2', 'defaultStyle', 'referral')`);
      expect(await readPreferences(db, 'u1')).toEqual(DEFAULT_PREFERENCES);
      expect(await readPreferences(db, 'u2')).toEqual({ defaultStyle: 'referral' });
    } finally {
      await db.close();
    }
  });
});
