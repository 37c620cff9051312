// The app as the renderer reaches it (dispatch over the real handlers, vault and model host): the
// settings bounds at the contract, and handler-side refusals written to the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startTestApp, type TestApp } from './app-test-support';
import { AUDITOR_PASS } from '../vault/vault-test-support';
import { IDLE_LOCK_MAX_MINUTES } from '../../shared/settings-limits';
import type { AuditEntryView } from '../../shared/contract/audit';

const REQ = '6f1c1a52-4b3e-4d7a-9a7e-0c2b1f3d5e77';
let dir: string;
let t: TestApp;
const call = (method: string, request: unknown = {}) => t.call(method, request);
const value = <T>(method: string, request: unknown = {}) => t.value<T>(method, request);
const code = (method: string, request: unknown = {}) => t.code(method, request);

beforeAll(async () => {
  t = await startTestApp('boundary');
  ({ dir } = t);
});

afterAll(() => t?.close());

describe('idle lock limit at the contract', () => {
  it(`accepts up to ${IDLE_LOCK_MAX_MINUTES} minutes and refuses more with a clear message`, async () => {
    expect(await value('updateSettings', { idleLockMinutes: IDLE_LOCK_MAX_MINUTES })).toMatchObject({ idleLockMinutes: IDLE_LOCK_MAX_MINUTES });
    for (const minutes of [IDLE_LOCK_MAX_MINUTES + 1, 60, 240, 0, 2.5]) {
      const r = await call('updateSettings', { idleLockMinutes: minutes });
      expect(r.ok, String(minutes)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_REQUEST');
        expect(r.error.message).toContain(`between 1 and ${IDLE_LOCK_MAX_MINUTES} minutes`);
      }
    }
    expect(await value('getSettings')).toMatchObject({ idleLockMinutes: IDLE_LOCK_MAX_MINUTES });
  });
});

describe('refusals by the handlers', () => {
  it('are returned as FORBIDDEN and recorded as denied under the refused user', async () => {
    // An administrator may not generate or count tokens; an auditor may not choose models or back up.
    expect(await code('countTokens', { text: 'Cough for two days.', style: 'brief' })).toBe('FORBIDDEN');
    expect(await code('summarize', { requestId: REQ, text: 'Cough for two days.', style: 'brief' })).toBe('FORBIDDEN');
    await value('addUser', { name: 'audit.kim', role: 'auditor', passphrase: AUDITOR_PASS });
    await value('signOut');
    await value('unlock', { userName: 'audit.kim', passphrase: AUDITOR_PASS });
    expect(await code('listModels')).toBe('FORBIDDEN');
    expect(await code('loadModel', { path: path.join(dir, 'models', 'x.gguf') })).toBe('FORBIDDEN');
    expect(await code('backupVault')).toBe('FORBIDDEN');

    const { entries } = await value<{ entries: AuditEntryView[] }>('queryAudit', { filter: {}, sortDir: 'asc', limit: 1000 });
    const denied = entries.filter((e) => e.outcome === 'denied').map((e) => [e.userName, e.role, e.action, e.recordRef]);
    expect(denied).toEqual([
      ['root', 'admin', 'summary.generate', null],
      ['root', 'admin', 'summary.generate', `request:${REQ}`],
      ['audit.kim', 'auditor', 'model.select', null],
      ['audit.kim', 'auditor', 'model.select', null],
      ['audit.kim', 'auditor', 'vault.backup', null],
    ]);
  });

  it('records nothing while locked: there is nobody to record it under', async () => {
    await value('lock');
    expect(await code('listModels')).toBe('LOCKED');
  });
});
