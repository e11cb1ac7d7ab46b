import { describe, expect, it } from 'vitest';
import { holdsReservation, nextStatus, type OrderEvent, type OrderStatus } from './order-state.ts';

describe('order states', () => {
  it('goes pending -> paid -> refunded, or pending -> cancelled', () => {
    expect(nextStatus('pending', 'pay')).toBe('paid');
    expect(nextStatus('paid', 'refund')).toBe('refunded');
    expect(nextStatus('pending', 'expire')).toBe('cancelled');
  });

  it('ignores what does not apply, so a replayed or late event changes nothing', () => {
    expect(nextStatus('paid', 'pay')).toBeNull();
    expect(nextStatus('paid', 'expire')).toBeNull();
    expect(nextStatus('refunded', 'pay')).toBeNull();
    expect(nextStatus('refunded', 'refund')).toBeNull();
    expect(nextStatus('cancelled', 'expire')).toBeNull();
    expect(nextStatus('pending', 'refund')).toBeNull();
  });

  it('never leaves a final state, whatever happens', () => {
    const events: OrderEvent[] = ['pay', 'expire', 'refund'];
    for (const event of events) expect(nextStatus('refunded', event)).toBeNull();
    const all: OrderStatus[] = ['pending', 'paid', 'cancelled', 'refunded'];
    for (const status of all) expect(holdsReservation(status)).toBe(status === 'pending');
  });
});
