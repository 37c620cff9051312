import { describe, expect, it } from 'vitest';
import { newRequestId } from './requestId';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('uses randomUUID when present', () => {
    expect(newRequestId({ randomUUID: () => 'x', getRandomValues: (a) => a })).toBe('x');
  });
  it('falls back to getRandomValues with a valid v4 uuid', () => {
    const source = { getRandomValues: <T extends ArrayBufferView>(a: T): T => globalThis.crypto.getRandomValues(a as unknown as Uint8Array) as unknown as T };
    const ids = new Set(Array.from({ length: 50 }, () => newRequestId(source)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });
});
