// When a gallery shows which exhibition. Pure, so the rules are tested in Node; the services load the
// approved exhibitions of a gallery and ask these.
//
// An approved exhibition runs on its dates. One with a closing date is "dated" (an artist's, approved for a
// while); one without is "standing" (the venue's own collection, or a challenge's entries), shown whenever no
// dated one is on. Dated ones never overlap in one gallery (approving one that would is refused), so at any
// moment at most one dated exhibition is on, and it is the one shown.

/** An approved exhibition's run. */
export interface ExhibitionRun {
  readonly id: string;
  readonly title: string;
  readonly opensAt: Date;
  /** Null: standing, until the venue takes it down. */
  readonly closesAt: Date | null;
}

/** Four weeks: how long an approved exhibition runs when neither the artist nor the venue said. */
export const DEFAULT_RUN_DAYS = 28;
const DAY_MS = 86_400_000;

const isOn = (run: ExhibitionRun, now: Date): boolean =>
  run.opensAt <= now && (run.closesAt === null || run.closesAt > now);

/**
 * What a gallery shows at `now`: the dated exhibition whose dates cover it, else the standing one that opened
 * last (a newer standing collection replaces an older one), else nothing.
 */
export function exhibitionOnNow<R extends ExhibitionRun>(runs: readonly R[], now: Date): R | null {
  const on = runs.filter((run) => isOn(run, now));
  const dated = on.find((run) => run.closesAt !== null);
  if (dated) return dated;
  return on.reduce<R | null>((latest, run) => (!latest || run.opensAt > latest.opensAt ? run : latest), null);
}

/** The dated exhibition, among `runs`, whose dates overlap `dates`; standing ones never clash. */
export function clashingRun<R extends ExhibitionRun>(
  dates: { readonly opensAt: Date; readonly closesAt: Date },
  runs: readonly R[],
): R | null {
  return (
    runs.find(
      (run) => run.closesAt !== null && run.opensAt < dates.closesAt && dates.opensAt < run.closesAt,
    ) ?? null
  );
}

/** An artist's asked-for dates, checked when they ask: null when fine, else why not (naming the field). */
export function askedDatesProblem(opensAt: Date | null, closesAt: Date | null, now: Date): string | null {
  if (closesAt && closesAt <= now) return 'body.closesAt: must be in the future.';
  if (opensAt && closesAt && closesAt <= opensAt) return 'body.closesAt: must be after it opens.';
  return null;
}

/**
 * The dates an exhibition is approved for: the ones the approver gives, else the ones the artist asked for
 * (opening now if that day has passed), else from now for four weeks. Either the dates, or why not.
 */
export function approvalDates(
  asked: { readonly opensAt: Date | null; readonly closesAt: Date | null },
  given: { readonly opensAt?: Date | undefined; readonly closesAt?: Date | undefined },
  now: Date,
): { ok: true; opensAt: Date; closesAt: Date } | { ok: false; reason: string } {
  const opensAt =
    given.opensAt ?? (asked.opensAt && asked.opensAt > now ? asked.opensAt : new Date(now.getTime()));
  const closesAt =
    given.closesAt ?? asked.closesAt ?? new Date(opensAt.getTime() + DEFAULT_RUN_DAYS * DAY_MS);
  if (closesAt <= opensAt) return { ok: false, reason: 'body.closesAt: must be after it opens.' };
  if (closesAt <= now) return { ok: false, reason: 'body.closesAt: must be in the future.' };
  return { ok: true, opensAt, closesAt };
}
