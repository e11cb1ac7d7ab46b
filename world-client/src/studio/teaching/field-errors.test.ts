import { describe, expect, it } from 'vitest';
import { errorFor, fieldOf, formError } from './field-errors.ts';

describe('field errors', () => {
  it('splits the API’s message into its field and its words', () => {
    expect(fieldOf('body.title: Too small: expected string to have >=1 characters')).toEqual({
      field: 'title',
      text: 'Too small: expected string to have >=1 characters',
    });
    expect(fieldOf('Only the course’s instructor can change it.')).toEqual({
      field: null,
      text: 'Only the course’s instructor can change it.',
    });
  });

  it('shows a message by its field, or by the form when no field shows it', () => {
    const error = 'body.chapters.1.at: must be at least 0';
    expect(errorFor(error, 'chapters')).toBe('must be at least 0');
    expect(errorFor(error, 'title')).toBeUndefined();
    expect(formError(error, ['title', 'chapters'])).toBeUndefined();
    expect(formError(error, ['title'])).toBe('must be at least 0');
    expect(formError('The server is down.', ['title'])).toBe('The server is down.');
    expect(formError(null, ['title'])).toBeUndefined();
  });
});
