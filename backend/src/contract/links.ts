// Links people type in and others then click. Only http:// and https:// are kept: `javascript:` runs script
// in the reader's session, `data:` and `blob:` open content the link itself carries, `file:` and `vbscript:`
// reach the reader's machine. The rule is a pattern, which the OpenAPI document carries, and a parse that
// the pattern cannot express.
import { z } from 'zod';

const MESSAGE = 'must be an https:// or http:// link';

// Written letter by letter rather than with a flag: a JSON Schema `pattern` has no case-insensitive flag.
const PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/;

/**
 * Control characters anywhere: the URL parser drops them at the edges and drops tabs and newlines inside, so
 * "\u0001javascript:…" or "java\tscript:…" would reach a browser as javascript:; Postgres refuses NUL.
 */
const CONTROL = /\p{Cc}/u;

/** Whether a browser opens `value` as the web page it reads as (after the pattern has passed). */
function opensAsTyped(value: string): boolean {
  if (CONTROL.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** A link to a web page, at most `max` characters: http:// or https:// only (spaces around it are cut). */
export const webLinkSchema = (max: number) =>
  z.string().trim().max(max).regex(PATTERN, MESSAGE).refine(opensAsTyped, MESSAGE);

/** Whether a stored link is one webLinkSchema accepts: for links saved before it did. */
export const isWebLink = (value: string): boolean => PATTERN.test(value) && opensAsTyped(value);
