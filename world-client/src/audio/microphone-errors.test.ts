import { describe, expect, it } from 'vitest';
import { inputFailure } from './microphone-errors.ts';

/** What getUserMedia rejects with: a DOMException, which Node has too. */
const failure = (name: string, message = ''): unknown => new DOMException(message, name);

describe('inputFailure', () => {
  it('tells a person the microphone is blocked when permission is refused', () => {
    expect(inputFailure(failure('NotAllowedError')).problem).toBe('denied');
    expect(inputFailure(failure('SecurityError')).problem).toBe('denied');
    expect(inputFailure(failure('NotAllowedError')).message).toMatch(/allow/i);
  });

  it('tells them there is no device when none (or not the chosen one) is there', () => {
    expect(inputFailure(failure('NotFoundError')).problem).toBe('no-device');
    expect(inputFailure(failure('OverconstrainedError')).problem).toBe('no-device');
  });

  it('tells them the device is busy when it cannot start', () => {
    expect(inputFailure(failure('NotReadableError')).problem).toBe('in-use');
    expect(inputFailure(failure('AbortError')).problem).toBe('in-use');
  });

  it('says what went wrong otherwise, even for things that are not errors', () => {
    const other = inputFailure(new TypeError('navigator.mediaDevices is undefined'));
    expect(other.problem).toBe('other');
    expect(other.message).toContain('navigator.mediaDevices is undefined');
    expect(inputFailure('weird').problem).toBe('other');
    expect(inputFailure({ name: 'NotAllowedError' }).problem).toBe('denied');
  });
});
