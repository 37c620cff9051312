// The CLI's commands: adding one is one line here.
import type { CliEntry } from '../cli-command';

export const COMMANDS: Readonly<Record<string, CliEntry>> = {
  summarize: { summary: 'summarize a note from stdin with a local GGUF model', load: () => import('./summarize') },
  init: { summary: 'create an encrypted vault and its first administrator', load: () => import('./init') },
  notes: { summary: 'list, search or show notes in a vault', load: () => import('./notes') },
  backup: { summary: 'write an encrypted backup of a vault (administrators)', load: () => import('./backup') },
  restore: { summary: 'replace a vault with a backup', load: () => import('./restore') },
  audit: { summary: 'verify or export the audit log of a vault', load: () => import('./audit') },
  users: { summary: 'list, add, disable, enable users or change their role (administrators)', load: () => import('./users') },
  verify: { summary: 'check a structured summary against its note (exit 3 when flagged)', load: () => import('./verify') },
  deid: { summary: 'de-identify text from stdin (Safe Harbor redaction or surrogates)', load: () => import('./deid') },
};
