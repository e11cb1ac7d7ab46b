// Prices as instructors type them ("45", "45.50", "45,50") and as the API keeps them (integer minor units),
// and money as people read it. Pure, so it is tested in Node.

/** How many decimals a currency has (2 for euros, 0 for yen), as Intl knows it. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/**
 * A typed price in minor units, or why it is not one. Accepts a point or a comma for the decimals; an empty
 * field or 0 is free.
 */
export function parsePrice(text: string, currency: string): { minor: number } | { error: string } {
  const digits = minorDigits(currency);
  const typed = text.trim().replace(',', '.');
  if (typed === '') return { minor: 0 };
  const match = /^(\d{1,9})(?:\.(\d*))?$/.exec(typed);
  if (!match) return { error: 'Type a price such as 45 or 45.50.' };
  const decimals = match[2] ?? '';
  if (decimals.length > digits)
    return {
      error:
        digits === 0
          ? `${currency.toUpperCase()} has no decimals.`
          : `At most ${digits} decimals in ${currency.toUpperCase()}.`,
    };
  const minor = Number(match[1]) * 10 ** digits + Number(decimals.padEnd(digits, '0') || '0');
  return { minor };
}

/** Minor units as the price field shows them ("45.50"; "" for free). */
export function priceInput(minor: number, currency: string): string {
  if (minor === 0) return '';
  const digits = minorDigits(currency);
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}

/** Money as people read it in their language: "€45.50", "45,50 €"; 0 is "Free" when `free` is asked. */
export function formatMoney(
  minor: number,
  currency: string,
  options: { free?: boolean; locale?: string } = {},
): string {
  if (minor === 0 && options.free) return 'Free';
  return new Intl.NumberFormat(options.locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
  }).format(minor / 10 ** minorDigits(currency));
}

/** A course's revenue as read in the studio: each currency's total, the instructor's share in brackets. */
export function revenueText(
  revenue: readonly {
    readonly currency: string;
    readonly grossMinor: number;
    readonly earnedMinor: number;
  }[],
  locale?: string,
): string {
  if (revenue.length === 0) return 'None yet';
  const paid = revenue.filter((one) => one.grossMinor !== 0);
  if (paid.length === 0) return 'None (free places only)';
  return paid
    .map(
      (one) =>
        `${formatMoney(one.grossMinor, one.currency, { locale })} (yours ${formatMoney(one.earnedMinor, one.currency, { locale })})`,
    )
    .join(' · ');
}
