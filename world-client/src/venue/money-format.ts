// Amounts on the desk: minor units as the reader's locale writes the currency ("$1,234.50", "1.234,50 €").
// Unlike a price, nothing here reads "Free": a total of nothing is 0.

/** An amount in minor units, in the reader's locale. */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(
    minor / 100,
  );
}
