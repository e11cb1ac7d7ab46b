// Prices as people type them ("12", "12.50", "12,50") and as the API keeps them (integer minor units of the
// currency: cents, or yen themselves). The currency's number of decimals comes from Intl. Pure, so it is
// tested in Node.

/** How many decimals `currency` has (2 for USD, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

export type ParsedPrice =
  { readonly ok: true; readonly minor: number } | { readonly ok: false; readonly reason: string };

/** Reads a price typed in `currency`; a comma may stand for the decimal point. Empty means free. */
export function parsePrice(text: string, currency: string): ParsedPrice {
  const typed = text.trim().replace(',', '.');
  if (typed === '') return { ok: true, minor: 0 };
  const digits = currencyDigits(currency);
  const match = /^(\d{1,7})(?:\.(\d*))?$/.exec(typed);
  if (!match) return { ok: false, reason: 'Write the price as a number, like 25 or 25.50.' };
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) {
    return {
      ok: false,
      reason:
        digits === 0
          ? `${currency.toUpperCase()} has no smaller unit: write a whole number.`
          : `At most ${digits} decimals in ${currency.toUpperCase()}.`,
    };
  }
  return { ok: true, minor: Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0') };
}

/** A price in minor units as a person would type it back (no currency sign, a point; empty for free). */
export function priceInput(minor: number, currency: string): string {
  if (minor === 0) return '';
  const digits = currencyDigits(currency);
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}

/**
 * Money as the reader's locale writes it ("$12.50", "12,50 €"); zero as an amount, or "Free" when `free` is
 * asked (a price rather than a sum).
 */
export function formatMoney(
  minor: number,
  currency: string,
  options: { readonly free?: boolean; readonly locale?: string | undefined } = {},
): string {
  if (minor === 0 && options.free) return 'Free';
  return new Intl.NumberFormat(options.locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
  }).format(minor / 10 ** currencyDigits(currency));
}
