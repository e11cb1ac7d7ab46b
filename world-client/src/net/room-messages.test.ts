import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWorld } from '../state/store.ts';
import { meterTotal, receiveChat, receiveReactions, receiveRefusal } from './room-messages.ts';

beforeEach(() => {
  vi.useFakeTimers();
  useWorld.setState({ bursts: [], meter: [], chat: [], notice: null });
});
afterEach(() => vi.useRealTimers());

describe('room messages', () => {
  it('turns reaction counts into a meter reading and a bounded flight of emojis that land', () => {
    receiveReactions({ applause: 500, heart: 2 }, 1000);
    expect(meterTotal(useWorld.getState().meter, 1000)).toBe(502);
    expect(meterTotal(useWorld.getState().meter, 12_000)).toBe(0);
    const bursts = useWorld.getState().bursts;
    expect(bursts.filter((b) => b.reaction === 'applause')).toHaveLength(8);
    expect(bursts.filter((b) => b.reaction === 'heart')).toHaveLength(2);
    vi.advanceTimersByTime(2500);
    expect(useWorld.getState().bursts).toEqual([]);
  });

  it('ignores what does not look like the protocol', () => {
    receiveReactions({ applause: -3 });
    receiveReactions('boo');
    receiveChat({ name: 'x' });
    receiveRefusal(42);
    expect(useWorld.getState()).toMatchObject({ bursts: [], meter: [], chat: [], notice: null });
  });

  it('keeps the last 50 chat lines, and shows a refusal for a while', () => {
    for (let i = 0; i < 60; i++) receiveChat({ from: 's', name: 'Ada', text: `line ${i}` });
    const chat = useWorld.getState().chat;
    expect(chat).toHaveLength(50);
    expect(chat.at(-1)?.text).toBe('line 59');
    receiveRefusal({ action: 'chat', reason: 'You are muted.' });
    expect(useWorld.getState().notice).toBe('You are muted.');
    vi.advanceTimersByTime(4500);
    expect(useWorld.getState().notice).toBeNull();
  });
});
