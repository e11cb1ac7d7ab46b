/** An approved exhibition a work hangs in: its title, its gallery's name, and when it closes (null: never). */
export interface ApprovedHanging {
  readonly title: string;
  readonly space: string;
  readonly closesAt: Date | null;
}

/**
 * Why a work may not be deleted, or null if it may: once bought (or being bought) it stays with its sales, and
 * while it hangs in an exhibition the venue approved that has not closed, visitors may be looking at it.
 */
export function deleteRefusal(
  title: string,
  orders: number,
  hangings: readonly ApprovedHanging[],
  now: Date,
): string | null {
  if (orders > 0) {
    return (
      `“${title}” has been sold or is being bought, so it stays with its sales; ` +
      'you can stop selling it from Sales instead.'
    );
  }
  const hanging = hangings.find(({ closesAt }) => closesAt === null || closesAt > now);
  if (hanging) {
    return (
      `“${title}” hangs in “${hanging.title}” in ${hanging.space}, which the venue approved: ` +
      'ask the venue to take it down first.'
    );
  }
  return null;
}
