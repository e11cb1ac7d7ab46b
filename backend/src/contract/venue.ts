// The venue's own business: its curators and admins answering artists' requests for its spaces, and its
// admins giving and taking the staff roles.
import { z } from 'zod';
import { accountRoleSchema, emailSchema } from './accounts.ts';
import { exhibitionRequestSchema } from './artists.ts';
import { dateTimeSchema, slugSchema } from './common.ts';
import { showSchema } from './shows.ts';

/** What waits for the venue's answer, oldest first; and the approved exhibitions not closed yet. */
export const venueRequestsSchema = z.object({
  exhibitions: z.array(exhibitionRequestSchema),
  shows: z.array(showSchema),
  /** Approved exhibitions on now or to come, by opening date (the venue may take one down). */
  scheduled: z.array(exhibitionRequestSchema),
});
export type VenueRequests = z.infer<typeof venueRequestsSchema>;

/**
 * The dates an approved exhibition is on; by default the ones asked for, else from now for four weeks. A curator
 * may hang it in another gallery (`space`) than the one asked for.
 */
export const approveExhibitionSchema = z.object({
  opensAt: dateTimeSchema.optional(),
  closesAt: dateTimeSchema.optional(),
  space: slugSchema.optional(),
});
export type ApproveExhibition = z.infer<typeof approveExhibitionSchema>;

/** A decline says why: the artist reads it. */
export const declineRequestSchema = z.object({
  reason: z.string().trim().min(1, 'say why: the artist reads it').max(1000),
});
export type DeclineRequest = z.infer<typeof declineRequestSchema>;

/** The roles an admin gives and takes through the API (admin is the owner's to give; artist is one's own). */
export const staffRoleSchema = z.enum(['curator', 'moderator', 'instructor']);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const grantRoleSchema = z.object({ email: emailSchema, role: staffRoleSchema });
export type GrantRole = z.infer<typeof grantRoleSchema>;

/** Someone with a staff role (or admin). */
export const staffMemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(accountRoleSchema),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
