// Who may reserve a seat in a room of some kind: join options of the right shape and a join token, signed
// by the venue, unexpired, for this very space and kind, and never used before. Run when the seat is
// reserved, before any room exists for the space, so that nobody makes rooms for spaces the venue has not
// issued a token for, and nobody fills a room with seats they cannot take.
import { joinOptionsSchema, type JoinOptions, type SpaceKind } from '@prostudio/protocol';
import { type JoinClaims, verifyJoinToken } from '@prostudio/protocol/join-token';
import type { BanBoard } from '../rooms/ban-board.ts';
import type { TokenLedger } from './token-ledger.ts';

/** What admission checks against: the venue's secret, spent tokens, and bans given since tokens went out. */
export interface AdmissionContext {
  readonly tokenSecret: string;
  readonly ledger: TokenLedger;
  readonly bans: Pick<BanBoard, 'isBanned'>;
}

export type Admission =
  | { readonly ok: true; readonly claims: JoinClaims; readonly options: JoinOptions }
  | { readonly ok: false; readonly status: 400 | 401 | 403; readonly reason: string };

/** Checks the join options sent to reserve a seat in a room of `kind`; spends the token if they pass. */
export async function admit(
  rawOptions: unknown,
  kind: SpaceKind,
  { tokenSecret, ledger, bans }: AdmissionContext,
  now = Date.now(),
): Promise<Admission> {
  const parsed = joinOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'options';
    return { ok: false, status: 400, reason: `Bad join options: ${field}: ${issue?.message ?? 'invalid'}` };
  }
  const check = verifyJoinToken(parsed.data.token, tokenSecret, now);
  if (!check.ok) return { ok: false, status: 401, reason: check.reason };
  if (!sameSpace(check.claims, parsed.data.space, kind)) {
    return { ok: false, status: 403, reason: 'This join token is for another space.' };
  }
  // A ban given after the token went out: the API refuses new ones, this catches the ones still valid.
  if (await bans.isBanned(check.claims.sub, check.claims.space)) {
    return { ok: false, status: 403, reason: 'You cannot join this space.' };
  }
  if (!(await ledger.spend(check.claims.jti, check.claims.exp, now))) {
    return { ok: false, status: 401, reason: 'This join token has been used; ask for a new one.' };
  }
  return { ok: true, claims: check.claims, options: parsed.data };
}

/** Whether claims are for the space `space` of kind `kind`. */
export function sameSpace(claims: JoinClaims, space: string, kind: SpaceKind): boolean {
  return claims.space === space && claims.kind === kind;
}
