// What a route handler says about itself for the OpenAPI document: a summary and the shape of its reply. The
// rest (method, path, status, guards, and the zod schemas of its body, path and query) the document reads
// from the decorators and pipes Nest itself runs, so the two cannot drift apart. See routes.ts.
import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

/** The document's groups of routes, each with what it is about. */
export const API_TAGS = {
  venue: 'The spaces of the venue and what is on in them.',
  accounts: 'Signing up and in, sessions and password resets.',
  media: 'Uploaded images, glTF models and audio.',
  artists: 'Artist profiles, works and exhibitions.',
  world: 'Tokens to enter a space on the world server.',
  moderation: "Bans the venue keeps, and spaces that admit members only (the venue's moderators).",
  marketplace: 'Listings and orders.',
  shows: 'Shows on the stages, and tickets.',
  payouts: "Artists' Stripe payout accounts and the ledger.",
  subscriptions: 'Plans and API keys.',
  education: 'Courses, lessons, exercises, certificates, mentors and challenges.',
  payments: "Stripe's events.",
  music: 'Songs made in the DAW.',
} as const;
export type ApiTagName = keyof typeof API_TAGS;

export interface RouteContract {
  /** One line: what the route does, and for whom when that is not everyone signed in. */
  readonly summary: string;
  /** The JSON reply. Omitted when the route answers with no body, or sends a file or page itself. */
  readonly response?: z.ZodType;
  /** Media types of a reply the handler sends itself instead of JSON (a file, a page). */
  readonly produces?: readonly string[];
  /** The handler reads one file from a multipart/form-data body itself (field "file"). */
  readonly upload?: true;
  /** What each query parameter means, by name; the names must be ones the handler reads. */
  readonly query?: Readonly<Record<string, string>>;
}

export const API_CONTRACT = 'prostudio:api-contract';
export const API_TAG = 'prostudio:api-tag';

/** A handler whose reply is `Reply` (or a promise of it); its parameters are the handler's own business. */
type Handler<Reply> = (...args: never[]) => Reply | Promise<Reply>;
type RouteDecorator<Reply> = <H extends Handler<Reply>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<H>,
) => void;

/**
 * Documents a route handler. With a `response`, the handler must return what that schema outputs (checked
 * when compiling), so the documented reply and the real one have the same type; without one, nothing.
 */
export function ApiContract<S extends z.ZodType>(
  contract: RouteContract & { readonly response: S },
): RouteDecorator<z.output<S>>;
export function ApiContract(
  contract: RouteContract & { readonly response?: undefined },
): RouteDecorator<void>;
export function ApiContract(contract: RouteContract): RouteDecorator<unknown> {
  return (target, key, descriptor) => {
    SetMetadata(API_CONTRACT, contract)(target, key, descriptor);
  };
}

/** The group a controller's routes are listed under. */
export const ApiTag = (tag: ApiTagName): ClassDecorator => SetMetadata(API_TAG, tag);
