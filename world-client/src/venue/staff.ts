/** What an account's roles let it do on the venue's staff page (admins do all of it). */
export function staffOf(roles: readonly string[] = []): {
  admin: boolean;
  curator: boolean;
  moderator: boolean;
  any: boolean;
} {
  const admin = roles.includes('admin');
  const curator = admin || roles.includes('curator');
  const moderator = admin || roles.includes('moderator');
  return { admin, curator, moderator, any: curator || moderator };
}
