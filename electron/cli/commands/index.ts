// The CLI's commands: adding one is one line here.
import type { CliEntry } from '../cli-command';

export const COMMANDS: Readonly<Record<string, CliEntry>> = {
  summarize: { summary: 'summarize a note from stdin with a local GGUF model', load: () => import('./summarize') },
  audit: { summary: 'verify or export the audit log of a vault', load: () => import('./audit') },
};
