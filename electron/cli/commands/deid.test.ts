// lockscribe deid: driven through run() with in-memory streams, and through runCli for dispatch,
// help and usage errors.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isAppFailure } from '../../base/app-failure';
import { failureLine, runCli } from '../run-cli';
import { UsageError, type CliIo } from '../cli-command';
import { run } from './deid';

const NOTE = 'Pt Zebediah Quillfeather seen 3/14/2023 by Dr. Okafor.\r\nCall (410) 555-1234. MRN: 8812345.\n';

function io(input: string | Buffer) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const stdin = Readable.from([typeof input === 'string' ? Buffer.from(input) : input]);
  const value: CliIo = { stdin, stdout, stderr, env: {} };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('lockscribe deid', () => {
  it('prints the redacted text', async () => {
    const h = io(NOTE);
    expect(await run([], h.io)).toBe(0);
    expect(h.out()).toBe('Pt [NAME] seen [DATE] 2023 by Dr. [NAME].\r\nCall [PHONE]. MRN: [MRN].\n');
    expect(h.err()).toBe('');
  });

  it('--json gives spans with offsets into the input as read (CRLF and BOM kept)', async () => {
    const input = `\uFEFF${NOTE}`;
    const h = io(input);
    expect(await run(['--json'], h.io)).toBe(0);
    const out = JSON.parse(h.out()) as { text: string; spans: { start: number; end: number; kind: string }[] };
    expect(out.spans.map((s) => [input.slice(s.start, s.end), s.kind])).toEqual([
      ['Zebediah Quillfeather', 'NAME'],
      ['3/14/2023', 'DATE'],
      ['Okafor', 'NAME'],
      ['(410) 555-1234', 'PHONE'],
      ['8812345', 'MRN'],
    ]);
    expect(out.text).not.toContain('Quillfeather');
  });

  it('--mode surrogate replaces identifiers with fakes and says it is not Safe Harbor', async () => {
    const h = io(NOTE);
    expect(await run(['--mode', 'surrogate', '--json'], h.io)).toBe(0);
    const out = JSON.parse(h.out()) as { text: string; notice: string };
    expect(out.text).not.toMatch(/Quillfeather|Okafor|555-1234|8812345|3\/14\/2023/);
    expect(out.text).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(out.notice).toMatch(/not Safe Harbor/);
  });

  it('refuses binary, non-UTF-8, empty and oversize input with one safe line', async () => {
    for (const [input, pattern] of [
      [Buffer.from([0x50, 0x00, 0x01, 0x02]), /binary data/],
      [Buffer.from([0x41, 0xff, 0xfe, 0x42]), /not valid UTF-8/],
      [Buffer.from('   \n'), /empty/],
      [Buffer.alloc(3 * 1024 * 1024, 0x41), /too large/],
    ] as const) {
      const e = await run([], io(input).io).catch((x: unknown) => x);
      expect(isAppFailure(e)).toBe(true);
      const line = failureLine(e);
      expect(line).toMatch(/^lockscribe: [^\n]+$/);
      expect(line).toMatch(pattern);
    }
  });

  it('rejects a bad mode or option as a usage error', async () => {
    await expect(run(['--mode', 'shred'], io(NOTE).io)).rejects.toBeInstanceOf(UsageError);
    const err: string[] = [];
    const sink = { write: (s: string) => err.push(s) } as unknown as NodeJS.WritableStream;
    expect(await runCli(['deid', '--bogus'], { stdout: sink, stderr: sink })).toBe(2);
    expect(err.join('')).toMatch(/^lockscribe: .*bogus/);
  });

  it('is listed and has help', async () => {
    const out: string[] = [];
    const sink = { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream;
    expect(await runCli(['--help'], { stdout: sink, stderr: sink })).toBe(0);
    expect(out.join('')).toMatch(/deid\s+de-identify/);
    out.length = 0;
    expect(await runCli(['deid', '--help'], { stdout: sink, stderr: sink })).toBe(0);
    expect(out.join('')).toMatch(/--mode redact/);
  });
});
