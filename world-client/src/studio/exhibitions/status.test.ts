import { describe, expect, it } from 'vitest';
import { describeStatus, formatRun } from './status.ts';

describe('describeStatus', () => {
  it('says a draft is private and asks for dates', () => {
    const draft = describeStatus({ status: 'draft', opensAt: null, closesAt: null, declineReason: null });
    expect(draft.label).toBe('Draft');
    expect(draft.detail).toContain('Only you see it. No dates asked for yet.');
  });

  it('gives an approved one its dates in the reader’s locale', () => {
    const run = { opensAt: '2026-12-10T09:00:00.000Z', closesAt: '2026-12-20T17:00:00.000Z' };
    const approved = describeStatus({ status: 'approved', declineReason: null, ...run }, 'de-DE');
    expect(approved.label).toBe('Approved');
    expect(approved.detail).toContain('10.12.2026');
    expect(approved.detail).toContain('20.12.2026');
  });

  it('quotes the venue’s reason for declining', () => {
    const declined = describeStatus({
      status: 'declined',
      opensAt: null,
      closesAt: null,
      declineReason: 'The gallery is booked.',
    });
    expect(declined.detail).toBe('The venue said: “The gallery is booked.”');
  });

  it('says an open-ended run is open-ended', () => {
    expect(formatRun('2026-12-10T09:00:00.000Z', null, 'en-GB')).toMatch(/^from 10 Dec 2026/);
    expect(formatRun(null, null)).toBeNull();
  });
});
