// The operational log. It takes an event name and a few scalar fields only, never free text, so
// patient data cannot reach it by accident; strings are cut short and stripped to a safe alphabet.

type Field = string | number | boolean | null;
type Sink = (line: string) => void;

let sink: Sink = (line) => process.stderr.write(`${line}\n`);
let enabled = process.env.LOCKSCRIBE_LOG !== '0';

export function setLogSink(next: Sink | null): void {
  enabled = next !== null;
  if (next) sink = next;
}

function clean(value: Field): Field {
  if (typeof value !== 'string') return value;
  return value.replace(/[^A-Za-z0-9._:/-]/g, '_').slice(0, 64);
}

export function logEvent(level: 'info' | 'warn' | 'error', event: string, fields: Readonly<Record<string, Field>> = {}): void {
  if (!enabled) return;
  const safe: Record<string, Field> = {};
  for (const [k, v] of Object.entries(fields)) safe[clean(k) as string] = clean(v);
  sink(JSON.stringify({ t: new Date().toISOString(), level, event: clean(event), ...safe }));
}

/** A line already made safe by logEvent in another thread (the vault worker), to this thread's sink. */
export function forwardLogLine(line: string): void {
  if (enabled) sink(line);
}
