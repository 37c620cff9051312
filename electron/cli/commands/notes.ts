// lockscribe notes list [--query Q] [--limit N] --vault DIR --user NAME [--passphrase-file FILE]
// lockscribe notes show ID --vault DIR --user NAME [--passphrase-file FILE]
// Reads notes through the vault service, so roles apply and every read is audited as in the app.
import type { NoteDetail, NoteListItem } from '../../../shared/contract/vault';
import { UsageError } from '../cli-command';
import { VAULT_OPTIONS, defaultVaultCliDeps, openVaultService, runVaultCommand, type VaultCliDeps } from './vault-cli';

export const usage = `usage: lockscribe notes list [--query Q] [--limit N] --vault DIR --user NAME [--passphrase-file FILE]
       lockscribe notes show ID --vault DIR --user NAME [--passphrase-file FILE]

list   one note per line: id, last change, latest summary version, signed or not, title.
       --query searches note text and summaries (full-text, word prefixes).
show   the note text and every summary version.
The passphrase is read from --passphrase-file, asked for at the terminal (not shown), or read from
standard input when it is a pipe. Clinicians see their own notes only.`;

const OPTIONS = { ...VAULT_OPTIONS, query: { type: 'string' }, limit: { type: 'string' } } as const;

export type NotesDeps = VaultCliDeps;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function formatList(items: readonly NoteListItem[]): string {
  if (items.length === 0) return 'No notes.\n';
  return items.map((n) => `${n.id}\t${n.updatedAt}\tv${n.latestVersion}\t${n.signed ? 'signed' : 'unsigned'}\t${oneLine(n.title)}\n`).join('');
}

export function formatNote(n: NoteDetail): string {
  const lines = [`Note ${n.id}`, `Author: ${n.authorId}`, `Created: ${n.createdAt}`, '', n.text, ''];
  for (const v of n.versions) {
    const signed = v.signedAt ? `signed ${v.signedAt} by ${v.signedBy ?? '?'}` : 'not signed';
    lines.push(`--- Summary v${v.version} (${v.style}, ${v.createdAt}, by ${v.authorId}, ${signed})`, v.text, '');
  }
  return `${lines.join('\n')}`;
}

export async function run(argv: readonly string[], overrides: Partial<NotesDeps> = {}): Promise<number> {
  const deps: NotesDeps = { ...defaultVaultCliDeps, ...overrides };
  return runVaultCommand(argv, { usage, options: OPTIONS, allowPositionals: true }, deps, async ({ values, positionals }) => {
    const [sub, id, ...extra] = positionals;
    if (sub !== 'list' && sub !== 'show') throw new UsageError('give a subcommand: list or show');
    if (sub === 'show' && !id) throw new UsageError('notes show needs a note id');
    if ((sub === 'list' && id) || extra.length > 0) throw new UsageError('too many arguments');
    if (!values.vault) throw new UsageError('--vault is required');
    if (!values.user) throw new UsageError('--user is required');
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be a whole number from 1 to 500');
    const vault = openVaultService(values.vault, deps);
    const passphrase = await deps.readPassphrase(values['passphrase-file']);
    await vault.unlock(values.user, passphrase);
    try {
      if (sub === 'list') deps.out(formatList(await vault.listNotes(values.query, limit)));
      else deps.out(formatNote(await vault.getNote(id!)));
    } finally {
      await vault.signOut();
    }
    return 0;
  });
}
