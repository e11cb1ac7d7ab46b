import { describe, expect, it } from 'vitest';
import { fieldError, formMessage, messageFor } from './field-errors.ts';

describe('the API’s refusals on a form', () => {
  it('go next to the field they name', () => {
    const error = fieldError('body.capacity: Main Stage holds at most 500.');
    expect(error).toEqual({ field: 'capacity', message: 'Main Stage holds at most 500.' });
    expect(messageFor(error, 'capacity')).toBe('Main Stage holds at most 500.');
    expect(messageFor(error, 'title')).toBeUndefined();
  });

  it('find a list from one of its items, and start with a capital', () => {
    const error = fieldError('body.acts.2.title: too small: expected string to have >=1 characters');
    expect(messageFor(error, 'acts')).toBe('Too small: expected string to have >=1 characters');
    expect(messageFor(error, 'act')).toBeUndefined();
    expect(messageFor('body.dates.closesAt: must be after it opens', 'dates.closesAt')).toBe(
      'Must be after it opens',
    );
  });

  it('belong to the whole form when they name the request as a whole, or no field', () => {
    expect(fieldError('body: nothing to change')).toEqual({ field: null, message: 'Nothing to change' });
    const error = fieldError('Make an artist profile first.');
    expect(error).toEqual({ field: null, message: 'Make an artist profile first.' });
    expect(messageFor(error, 'title')).toBeUndefined();
  });
});

describe('a refusal the form has no field for', () => {
  it('is shown above the form', () => {
    const fields = ['title', 'acts'];
    expect(formMessage(fieldError('body.title: too long'), fields)).toBeUndefined();
    expect(formMessage(fieldError('body.space: no such stage'), fields)).toBe('No such stage');
    expect(formMessage(fieldError('The stage is closed.'), fields)).toBe('The stage is closed.');
    expect(formMessage(null, fields)).toBeUndefined();
  });
});

describe('a refusal held as the API’s message', () => {
  it('is read the same way', () => {
    const error = 'body.chapters.1.at: must be at least 0';
    expect(messageFor(error, 'chapters')).toBe('Must be at least 0');
    expect(messageFor(error, 'title')).toBeUndefined();
    expect(formMessage(error, ['title', 'chapters'])).toBeUndefined();
    expect(formMessage(error, ['title'])).toBe('Must be at least 0');
    expect(formMessage('The server is down.', ['title'])).toBe('The server is down.');
    expect(formMessage(undefined, ['title'])).toBeUndefined();
  });
});
