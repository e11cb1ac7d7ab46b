import { describe, expect, it } from 'vitest';
import { fieldError } from './field-errors.ts';

describe('fieldError', () => {
  it('puts a message on the field the API names', () => {
    expect(fieldError('body.closesAt: must be in the future.')).toEqual({
      field: 'closesAt',
      message: 'Must be in the future.',
    });
    expect(fieldError('body.dates.closesAt: must be after it opens.').field).toBe('closesAt');
    expect(fieldError('body.works.1: must be an artwork id').field).toBe('works');
  });

  it('keeps a message about no field for the whole form', () => {
    expect(fieldError('Make an artist profile first.')).toEqual({
      field: 'form',
      message: 'Make an artist profile first.',
    });
    expect(fieldError('body.colour: no such field').field).toBe('form');
  });
});
