// Pieces several features' shapes share.
import { z } from 'zod';

/** Slugs are lower-case words joined by dashes; anything else is refused before it reaches a query. */
export const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes');

/** A moment someone schedules: with its offset, so that it means the same instant everywhere. */
export const dateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO date and time' });
