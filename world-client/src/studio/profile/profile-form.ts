// The Profile tab's form as the API wants it. Pure, so it is tested in Node.

/** Links typed one a line (or separated by spaces): trimmed, blank lines dropped, each once. */
export function parseLinks(text: string): string[] {
  const links = text
    .split(/\s+/)
    .map((link) => link.trim())
    .filter((link) => link !== '');
  return [...new Set(links)];
}

/** A link as the profile shows it: its host and path, without "https://" or a trailing slash. */
export function linkLabel(link: string): string {
  try {
    const url = new URL(link);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return link;
  }
}
