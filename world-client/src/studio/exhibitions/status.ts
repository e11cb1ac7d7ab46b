// How an exhibition's status reads in the studio, dates in the reader's own locale and time zone.
import type { StudioExhibition } from '@prostudio/backend/contract';

const dateFormat = (locale?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** A run of dates ("7 Dec 2026, 10:00 – 14 Dec 2026, 18:00"), open-ended ones said so. */
export function formatRun(opensAt: string | null, closesAt: string | null, locale?: string): string | null {
  const format = dateFormat(locale);
  if (opensAt && closesAt) return format.formatRange(new Date(opensAt), new Date(closesAt));
  if (opensAt) return `from ${format.format(new Date(opensAt))}`;
  if (closesAt) return `until ${format.format(new Date(closesAt))}`;
  return null;
}

/** The status's name, and one sentence of where it stands. */
export function describeStatus(
  exhibition: Pick<StudioExhibition, 'status' | 'opensAt' | 'closesAt' | 'declineReason'>,
  locale?: string,
): { label: string; detail: string } {
  const run = formatRun(exhibition.opensAt, exhibition.closesAt, locale);
  switch (exhibition.status) {
    case 'draft':
      return {
        label: 'Draft',
        detail: `Only you see it. ${run ? `You ask for ${run}.` : 'No dates asked for yet.'} Curate it, then submit it to the venue.`,
      };
    case 'pending':
      return {
        label: 'Waiting for the venue',
        detail: run ? `Asked for ${run}.` : 'The venue chooses the dates when it approves.',
      };
    case 'approved':
      return { label: 'Approved', detail: run ? `On ${run}.` : 'On until the venue takes it down.' };
    case 'declined':
      return {
        label: 'Declined',
        detail: exhibition.declineReason
          ? `The venue said: “${exhibition.declineReason}”`
          : 'The venue declined it.',
      };
  }
}
