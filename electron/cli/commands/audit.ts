// lockscribe audit verify --vault DIR --user NAME [--passphrase-file F] [--checkpoints FILE]
// lockscribe audit export --vault DIR --user NAME --format csv|json --out FILE
//                         [--user-filter ID] [--action A] [--from ISO] [--to ISO] [--passphrase-file F]
// Exit codes: 0 ok, 1 error (one line on stderr), 2 usage, 3 the audit log failed verification.
// Both commands are themselves audited under the signed-in user ('audit.verify', 'audit.export').
import { readFile } from 'node:fs/promises';
import { AuditActionSchema, type AuditFilter } from '../../../shared/contract/audit';
import { MAX_PASSPHRASE_CHARS } from '../../../shared/limits';
import { AppFailure } from '../../base/app-failure';
import { systemClock } from '../../base/clock';
import { multipleCiphersDriver } from '../../db/multiple-ciphers-driver';
import { openAuditLog } from '../../audit/audit-log';
import type { AuditVerifyReport } from '../../../shared/contract/audit';
import { VaultService } from '../../vault/vault-service';
import { UsageError } from '../cli-command';
import type { parseCliArgs } from '../cli-command';
import { runVaultCommand } from './vault-cli';

export const usage = `usage: lockscribe audit verify --vault DIR --user NAME [--passphrase-file F] [--checkpoints FILE]
       lockscribe audit export --vault DIR --user NAME --format csv|json --out FILE
                               [--user-filter ID] [--action ACTION] [--from ISO] [--to ISO] [--passphrase-file F]

verify   recomputes the audit log's MAC chain and checks its signed checkpoints (and, with
         --checkpoints, a checkpoints file exported earlier). Prints OK, or the first damaged entry
         and the kind of damage; exit code 3 when the log is damaged.
export   writes the audit entries matching the filters as CSV or JSON.
The passphrase is read from --passphrase-file, or from standard input when it is not a terminal.
verify needs an auditor account (only auditors hold the audit chain's first key); export needs an
auditor or admin account. Both are recorded in the audit log.`;

/** An unlocked vault as this command needs it: the vault service's own checks and audit entries. */
export interface AuditVaultSession {
  verify(options: { readonly checkpointsFile?: string }): Promise<AuditVerifyReport>;
  exportTo(path: string, format: 'csv' | 'json', filter: AuditFilter): Promise<number>;
  close(): Promise<void>;
}

export type OpenAuditVault = (vaultDir: string, userName: string, passphrase: string) => Promise<AuditVaultSession>;

export interface AuditCommandDeps {
  readonly openVault: OpenAuditVault;
  readonly readPassphrase: (file: string | undefined) => Promise<string>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const OPTIONS = {
  vault: { type: 'string' },
  user: { type: 'string' },
  'passphrase-file': { type: 'string' },
  checkpoints: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'user-filter': { type: 'string' },
  action: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean' },
} as const;

type AuditArgs = ReturnType<typeof parseCliArgs<typeof OPTIONS>>['values'];

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${option} is required`);
  return value;
}

function exportFilter(v: AuditArgs): AuditFilter {
  const filter: { -readonly [K in keyof AuditFilter]: AuditFilter[K] } = {};
  if (v['user-filter'] !== undefined) filter.userId = v['user-filter'];
  if (v.action !== undefined) {
    const action = AuditActionSchema.safeParse(v.action);
    if (!action.success) throw new AppFailure('INVALID_REQUEST', `Unknown audit action: ${v.action.replace(/[^a-z.-]/g, '?').slice(0, 40)}`);
    filter.action = action.data;
  }
  // Dates become full UTC timestamps: '--from 2026-01-01' means midnight UTC.
  for (const key of ['from', 'to'] as const) {
    const raw = v[key];
    if (raw === undefined) continue;
    const t = new Date(raw);
    if (Number.isNaN(t.getTime())) throw new AppFailure('INVALID_REQUEST', `--${key} must be a date or an ISO time.`);
    filter[key] = t.toISOString();
  }
  return filter;
}

async function readPassphraseDefault(file: string | undefined): Promise<string> {
  let text: string;
  if (file !== undefined) {
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new AppFailure('IO_ERROR', 'The passphrase file could not be read.');
    }
  } else {
    if (process.stdin.isTTY) throw new AppFailure('INVALID_REQUEST', 'Give --passphrase-file, or pipe the passphrase on standard input.');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
    text = Buffer.concat(chunks).toString('utf8');
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '' || passphrase.length > MAX_PASSPHRASE_CHARS) throw new AppFailure('BAD_CREDENTIALS');
  return passphrase;
}

/** Signs in through the vault service exactly as the app does; closing signs out. */
export const openVaultWithService: OpenAuditVault = async (vaultDir, userName, passphrase) => {
  const service = new VaultService({ dir: vaultDir, driver: multipleCiphersDriver, clock: systemClock, openAudit: openAuditLog });
  await service.unlock(userName, passphrase);
  return {
    verify: (options) => service.verifyAudit(options),
    exportTo: (path, format, filter) => service.exportAudit(path, format, filter),
    close: async () => {
      await service.signOut();
    },
  };
};

const defaultDeps: AuditCommandDeps = {
  openVault: openVaultWithService,
  readPassphrase: readPassphraseDefault,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function withVault<T>(deps: AuditCommandDeps, v: AuditArgs, fn: (s: AuditVaultSession) => Promise<T>): Promise<T> {
  const vault = required(v.vault, 'vault');
  const user = required(v.user, 'user');
  const passphrase = await deps.readPassphrase(v['passphrase-file']);
  const session = await deps.openVault(vault, user, passphrase);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

async function verify(deps: AuditCommandDeps, v: AuditArgs): Promise<number> {
  return withVault(deps, v, async (s) => {
    const options = v.checkpoints !== undefined ? { checkpointsFile: v.checkpoints } : {};
    const report = await s.verify(options);
    if (report.ok) {
      deps.out(`OK: ${report.detail}`);
      return 0;
    }
    deps.out(`DAMAGED: ${report.damage ?? 'unknown'} at entry ${report.firstBadSeq ?? '?'} (${report.entries} entries, ${report.checkpoints} checkpoints)`);
    deps.out(report.detail);
    return 3;
  });
}

async function exportLog(deps: AuditCommandDeps, v: AuditArgs): Promise<number> {
  const format = required(v.format, 'format');
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
  const out = required(v.out, 'out');
  const filter = exportFilter(v);
  return withVault(deps, v, async (s) => {
    const written = await s.exportTo(out, format, filter);
    deps.out(`Exported ${written} entries.`);
    return 0;
  });
}

/** Runs `lockscribe audit ...`; argv is what follows the word 'audit'. Resolves the exit code. */
export async function run(argv: readonly string[], overrides: Partial<AuditCommandDeps> = {}): Promise<number> {
  const deps: AuditCommandDeps = { ...defaultDeps, ...overrides };
  return runVaultCommand(argv, { usage, options: OPTIONS, allowPositionals: true }, deps, async ({ values, positionals }) => {
    if (positionals.length !== 1) throw new UsageError('give one subcommand: verify or export');
    if (positionals[0] === 'verify') return verify(deps, values);
    if (positionals[0] === 'export') return exportLog(deps, values);
    throw new UsageError('the subcommand must be verify or export');
  });
}
