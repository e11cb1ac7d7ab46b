import { describe, expect, it } from 'vitest';
import { deleteRefusal } from './delete-refusal.ts';

const now = new Date('2026-12-07T12:00:00Z');

describe('deleteRefusal', () => {
  it('lets a work with no sales and no approved exhibition go', () => {
    expect(deleteRefusal('Riverine', 0, [], now)).toBeNull();
  });

  it('keeps a work that has been sold, and says where to stop selling it', () => {
    expect(deleteRefusal('Riverine', 1, [], now)).toMatch(/“Riverine” has been sold.*from Sales/);
  });

  it('keeps a work hanging in an approved exhibition that is open or has no end, naming it', () => {
    const open = { title: 'New Currents', space: 'Main Gallery', closesAt: null };
    expect(deleteRefusal('Riverine', 0, [open], now)).toMatch(/hangs in “New Currents” in Main Gallery/);
    const later = { ...open, closesAt: new Date('2027-01-01T00:00:00Z') };
    expect(deleteRefusal('Riverine', 0, [later], now)).not.toBeNull();
  });

  it('lets a work go once the exhibitions it hung in have closed', () => {
    const closed = { title: 'Old Show', space: 'Main Gallery', closesAt: new Date('2026-01-01T00:00:00Z') };
    expect(deleteRefusal('Riverine', 0, [closed], now)).toBeNull();
  });
});
