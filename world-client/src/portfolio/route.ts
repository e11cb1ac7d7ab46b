// The public portfolio's address: /artists/<artist id>. Pure, so it is tested in Node.

const PATH = /^\/artists\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/** Whether a path is an artist's public portfolio page. */
export const isPortfolioPath = (path: string): boolean => path.startsWith('/artists/');

/** The artist a portfolio path names, or null for one that names nobody. */
export function portfolioArtistId(path: string): string | null {
  return PATH.exec(path)?.[1]?.toLowerCase() ?? null;
}
