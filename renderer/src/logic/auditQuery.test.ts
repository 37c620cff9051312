import { describe, expect, it } from 'vitest';
import { ariaSort, buildAuditFilter, emptyAuditFilterForm, pageCount, pageLabel, toggleSort } from './auditQuery';

describe('audit query helpers', () => {
  it('builds an empty filter from an empty form', () => {
    expect(buildAuditFilter(emptyAuditFilterForm)).toEqual({ ok: true, filter: {} });
  });
  it('trims and converts local datetimes to ISO', () => {
    const r = buildAuditFilter({ userId: ' u1 ', action: 'auth.unlock', recordRef: '', sessionId: ' s_1 ', from: '2025-03-01T08:00', to: '2025-03-02T08:00' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.filter.userId).toBe('u1');
    expect(r.filter.action).toBe('auth.unlock');
    expect(r.filter.recordRef).toBeUndefined();
    expect(r.filter.sessionId).toBe('s_1');
    expect(r.filter.from).toBe(new Date(2025, 2, 1, 8, 0).toISOString());
  });
  it('rejects unknown actions and reversed ranges', () => {
    expect(buildAuditFilter({ ...emptyAuditFilterForm, action: 'bogus' }).ok).toBe(false);
    expect(buildAuditFilter({ ...emptyAuditFilterForm, from: '2025-03-02T08:00', to: '2025-03-01T08:00' }).ok).toBe(false);
  });
  it('toggles sort direction', () => {
    const s1 = toggleSort({ field: 'seq', dir: 'desc' }, 'seq');
    expect(s1).toEqual({ field: 'seq', dir: 'asc' });
    expect(toggleSort(s1, 'action')).toEqual({ field: 'action', dir: 'asc' });
    expect(toggleSort(s1, 'time')).toEqual({ field: 'time', dir: 'desc' });
    expect(ariaSort(s1, 'seq')).toBe('ascending');
    expect(ariaSort(s1, 'time')).toBe('none');
  });
  it('pages', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
    expect(pageLabel(50, 50, 230)).toBe('51–100 of 230');
    expect(pageLabel(0, 0, 0)).toBe('No entries');
  });
});
