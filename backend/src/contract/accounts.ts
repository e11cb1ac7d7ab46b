// Accounts: signing up and in, sessions, password resets, the signed-in user.
import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an email address'))
  .transform((email) => email.toLowerCase());
const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200);

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().max(200),
});
export type SignUp = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: z.string().max(200) });
export type SignIn = z.infer<typeof signInSchema>;

export const refreshSchema = z.object({ refreshToken: z.string().min(1).max(200) });
export const resetRequestSchema = z.object({ email: emailSchema });
export const resetConfirmSchema = z.object({ token: z.string().min(1).max(200), password: passwordSchema });

/**
 * What an account may do beyond a member's. `admin` is the venue's owner and its admins, `curator` answers
 * artists' requests for the venue's spaces; admins give the staff roles (contract/venue.ts).
 */
export const accountRoleSchema = z.enum(['member', 'artist', 'instructor', 'moderator', 'admin', 'curator']);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(accountRoleSchema),
});
export type PublicUser = z.infer<typeof userSchema>;

export const sessionResponseSchema = z.object({
  user: userSchema,
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  refreshToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
