import { describe, expect, it } from 'vitest';
import type { SummaryVersion } from '../../../shared/contract/vault';
import { newestFirst } from './versions';

const v = (version: number): SummaryVersion => ({
  id: `v${version}`, version, text: 't', style: 'brief', authorId: 'u', createdAt: '2025-01-01T00:00:00Z', signedAt: null, signedBy: null, provenance: null,
  structured: null, generatedSha256: null, incomplete: false, signature: null,
  report: { statements: [], counts: { statements: 0, supported: 0, flagged: 0 } },
});

describe('versions', () => {
  it('sorts newest first without mutating', () => {
    const input = [v(1), v(3), v(2)];
    expect(newestFirst(input).map((x) => x.version)).toEqual([3, 2, 1]);
    expect(input.map((x) => x.version)).toEqual([1, 3, 2]);
  });
});
