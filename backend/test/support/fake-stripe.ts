// A local stand-in for Stripe's API, for tests: the real `stripe` SDK talks to it over HTTP on 127.0.0.1.
//
// It serves the endpoints the backend uses, in Stripe's wire format: form-encoded bodies in bracket notation
// (`line_items[0][price_data][unit_amount]=2500`), JSON answers, Stripe's error bodies, bearer-key auth and
// idempotency keys. Test controls play Stripe's side (a customer pays, a session times out, an artist finishes
// onboarding, a subscription renews); every event is recorded, and `signed()` turns one into a webhook delivery
// that the SDK's own verifier accepts.
//
// Objects carry the fields the backend reads, typed against the SDK's own types (see `partial`), not all of Stripe's.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface RecordedRequest {
  readonly method: string;
  /** Without the query string (a GET's or DELETE's parameters are in `params`). */
  readonly path: string;
  /** The SDK sends one on every POST (`stripe-node-retry-<uuid>` unless the caller gives its own). */
  readonly idempotencyKey?: string;
  /** Decoded from the form body (and query string): nested objects and arrays, every leaf a string. */
  readonly params: Record<string, unknown>;
}

export interface FakeStripe {
  readonly port: number;
  readonly secretKey: string;
  /** 'http://127.0.0.1:<port>' */
  readonly apiBase: string;
  /** A real SDK instance pointed here (with another key, to test authentication failures). */
  client(secretKey?: string): Stripe;
  readonly requests: readonly RecordedRequest[];
  /** Every event emitted, in order. */
  readonly events: readonly Stripe.Event[];
  session(id: string): Stripe.Checkout.Session | undefined;
  /** The customer pays: emits checkout.session.completed (then customer.subscription.created in subscription mode). */
  pay(sessionId: string): Stripe.Event[];
  /** The session times out: emits checkout.session.expired. */
  expire(sessionId: string): Stripe.Event;
  /** The artist finishes onboarding: charges, payouts and requested capabilities enabled; emits account.updated. */
  completeOnboarding(accountId: string): Stripe.Event;
  /**
   * Stripe pays out (or will pay out) from a connected account to its bank; listed by `GET /v1/payouts` with that
   * account's `Stripe-Account` header, newest first (no event: the venue does not listen for payouts).
   */
  payout(accountId: string, payout: PayoutInput): Stripe.Payout;
  /** A change from Stripe's side (`renew` moves every item one billing period on); emits customer.subscription.updated. */
  updateSubscription(id: string, changes: SubscriptionChanges): Stripe.Event;
  /** The subscription ends: emits customer.subscription.deleted. */
  deleteSubscription(id: string): Stripe.Event;
  /** A webhook delivery of `event`: its JSON body and a valid `Stripe-Signature` header for `webhookSecret`. */
  signed(event: Stripe.Event, webhookSecret: string): { payload: string; signature: string };
  /** The next request whose path starts with `pathPrefix` fails with `status` and `error` (after authentication). */
  failNext(pathPrefix: string, status: number, error: InjectedError): void;
  close(): Promise<void>;
}

export interface InjectedError {
  type: string;
  message: string;
  code?: string;
}

export interface PayoutInput {
  amount: number;
  currency: string;
  /** pending by default. */
  status?: 'paid' | 'pending' | 'in_transit' | 'canceled' | 'failed';
  /** Unix seconds; two days from now by default. */
  arrival_date?: number;
}

export interface SubscriptionChanges {
  status?: Stripe.Subscription.Status;
  cancel_at_period_end?: boolean;
  renew?: boolean;
}

export async function startFakeStripe(options: { secretKey?: string } = {}): Promise<FakeStripe> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const fake = new FakeStripeServer(server, options.secretKey ?? `sk_test_fake_${randomHex(12)}`);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res));
  return fake;
}

// ---------------------------------------------------------------------------------------------------------------
// Wire format helpers

type Params = Record<string, unknown>;
type EventRequest = Stripe.Event.Request;
interface ErrorBody {
  type: string;
  message: string;
  code?: string;
  param?: string;
}

/** An error answered as Stripe does: `{ error: { type, message, code?, param? } }` (the SDK picks its class by status). */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}
const invalid = (message: string, param?: string, code?: string, status = 400) =>
  new ApiError(status, { type: 'invalid_request_error', message, param, code });
const missing = (param: string) => invalid(`Missing required param: ${param}.`, param);
/** An unknown id: 404 when it is the URL's object, 400 when a parameter refers to it. */
const noSuch = (kind: string, id: string, param: string, status = 400) =>
  invalid(`No such ${kind}: '${id}'`, param, 'resource_missing', status);

const randomHex = (bytes: number) => randomBytes(bytes).toString('hex');
const newId = (prefix: string) => `${prefix}${randomHex(12)}`;
const now = () => Math.floor(Date.now() / 1000);
const DAY = 24 * 60 * 60;
/** Billing periods, roughly: a month is 30 days. */
const PERIOD_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const periodDays = (interval = 'month') => PERIOD_DAYS[interval] ?? 30;
const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };

/** The fake fills in the fields it models; the SDK type checks each of them, and the rest are absent. */
const partial = <T>(fields: Partial<T>): T => fields as T;
/** The fields every stored object starts with. */
const base = <O extends string>(prefix: string, object: O, created = now()) =>
  ({ id: newId(prefix), object, created, livemode: false }) as const;

/** Decodes Stripe's form encoding: `a[b][0][c]=v` becomes `{ a: { b: [{ c: 'v' }] } }`; numeric indices make arrays. */
export function parseForm(body: string): Params {
  const root: Params = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('['); // 'a[b][0]' -> ['a', 'b', '0']
    if (path.some((segment) => ['__proto__', 'constructor', 'prototype'].includes(segment))) continue;
    let node = root;
    for (const [i, segment] of path.slice(0, -1).entries()) {
      const child = node[segment];
      if (typeof child !== 'object' || child === null)
        node[segment] = /^\d+$/.test(path[i + 1] ?? '') ? [] : {};
      node = node[segment] as Params; // an array is indexed by its numeric keys just the same
    }
    node[path.at(-1) ?? ''] = value;
  }
  return root;
}

// Typed reads of decoded parameters; `param` is the bracketed name Stripe reports in its errors.
function str(p: Params, key: string): string | undefined {
  const value = p[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
function required(p: Params, key: string, param = key): string {
  const value = str(p, key);
  if (value === undefined) throw missing(param);
  return value;
}
function int(p: Params, key: string, param = key): number | undefined {
  const value = str(p, key);
  if (value !== undefined && !/^-?\d+$/.test(value)) throw invalid(`Invalid integer: ${value}`, param);
  return value === undefined ? undefined : Number(value);
}
function oneOf<T extends string>(p: Params, key: string, allowed: readonly T[], param = key): T | undefined {
  const value = str(p, key);
  if (value === undefined || allowed.some((a) => a === value)) return value as T | undefined;
  throw invalid(`Invalid ${key}: must be one of ${allowed.join(', ')}`, param);
}
function bool(p: Params, key: string): boolean | undefined {
  const value = str(p, key);
  return value === undefined ? undefined : value === 'true';
}
function obj(p: Params, key: string): Params {
  const value = p[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Params) : {};
}
const list = (p: Params, key: string): Params[] => {
  const value = p[key];
  return Array.isArray(value) ? value.filter((v): v is Params => typeof v === 'object' && v !== null) : [];
};
/** Metadata as Stripe updates it: an empty value removes the key. */
function metadata(p: Params, previous: Record<string, string> = {}): Record<string, string> {
  const result = { ...previous };
  for (const [key, value] of Object.entries(obj(p, 'metadata'))) {
    if (value === '') delete result[key];
    else if (typeof value === 'string') result[key] = value;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// The server and its state

/** What a checkout session was created with, kept for `pay()`. */
interface CheckoutInput {
  lineItems: { currency: string; unitAmount: number; quantity: number; interval?: string }[];
  applicationFee?: number;
  destination?: string;
  paymentMetadata: Record<string, string>;
  subscriptionMetadata: Record<string, string>;
}
interface Stored {
  'checkout.session': Stripe.Checkout.Session;
  payment_intent: Stripe.PaymentIntent;
  charge: Stripe.Charge;
  refund: Stripe.Refund;
  account: Stripe.Account;
  customer: Stripe.Customer;
  subscription: Stripe.Subscription;
}
/** GET /v1/<path>/:id retrieves any stored object. */
const RETRIEVABLE = new Map<string, keyof Stored>([
  ['checkout/sessions', 'checkout.session'],
  ['payment_intents', 'payment_intent'],
  ['charges', 'charge'],
  ['refunds', 'refund'],
  ['accounts', 'account'],
  ['customers', 'customer'],
  ['subscriptions', 'subscription'],
]);
/** Serves a route; `id` is what the route's pattern captures, `account` the `Stripe-Account` header if any. */
type Handler = (params: Params, id: string, request: EventRequest, account: string | undefined) => object;

class FakeStripeServer implements FakeStripe {
  readonly port: number;
  readonly apiBase: string;
  readonly requests: RecordedRequest[] = [];
  readonly events: Stripe.Event[] = [];
  private readonly store: { [K in keyof Stored]: Map<string, Stored[K]> } = {
    'checkout.session': new Map(),
    payment_intent: new Map(),
    charge: new Map(),
    refund: new Map(),
    account: new Map(),
    customer: new Map(),
    subscription: new Map(),
  };
  private readonly checkoutInputs = new Map<string, CheckoutInput>();
  /** Payouts of each connected account, oldest first. */
  private readonly payouts = new Map<string, Stripe.Payout[]>();
  private readonly idempotent = new Map<string, { fingerprint: string; body: string }>();
  private readonly failures: { pathPrefix: string; error: ApiError }[] = [];

  constructor(
    private readonly server: Server,
    readonly secretKey: string,
  ) {
    this.port = (server.address() as AddressInfo).port;
    this.apiBase = `http://127.0.0.1:${this.port}`;
  }

  private readonly routes: [method: string, path: RegExp, handler: Handler][] = [
    ['POST', /^\/v1\/checkout\/sessions$/, (p) => this.createSession(p)],
    [
      'POST',
      /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
      (_, id, r) => this.expireSession(id, r).data.object,
    ],
    ['POST', /^\/v1\/refunds$/, (p, _, r) => this.createRefund(p, r)],
    ['POST', /^\/v1\/accounts$/, (p) => this.createAccount(p)],
    ['POST', /^\/v1\/account_links$/, (p) => this.createAccountLink(p)],
    ['POST', /^\/v1\/accounts\/([^/]+)\/login_links$/, (_, id) => this.createLoginLink(id)],
    ['GET', /^\/v1\/payouts$/, (p, _, __, account) => this.listPayouts(p, account)],
    ['POST', /^\/v1\/billing_portal\/sessions$/, (p) => this.createPortalSession(p)],
    ['POST', /^\/v1\/subscriptions\/([^/]+)$/, (p, id, r) => this.apiUpdateSubscription(id, p, r)],
    ['DELETE', /^\/v1\/subscriptions\/([^/]+)$/, (_, id, r) => this.cancel(id, r).data.object],
    ['GET', /^\/v1\/(.+\/[^/]+)$/, (_, path) => this.retrieve(path)], // any stored object, by its path and id
  ];

  // --- HTTP --------------------------------------------------------------------------------------------------

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newId('req_');
    const send = (status: number, body: string, headers: Record<string, string> = {}): void => {
      res
        .writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': requestId, ...headers })
        .end(body);
    };
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const url = new URL(req.url ?? '/', this.apiBase);
      const method = req.method ?? 'GET';
      const params = { ...parseForm(url.search.slice(1)), ...parseForm(Buffer.concat(chunks).toString()) };
      const idempotencyKey = req.headers['idempotency-key']?.toString();
      this.requests.push({
        method,
        path: url.pathname,
        ...(idempotencyKey ? { idempotencyKey } : {}),
        params,
      });

      this.authenticate(req.headers.authorization);
      const failure = this.failures.findIndex((f) => url.pathname.startsWith(f.pathPrefix));
      if (failure >= 0) throw this.failures.splice(failure, 1)[0]?.error;

      // Idempotency (POSTs only): the first successful answer is replayed; other parameters are refused.
      const fingerprint = JSON.stringify([method, url.pathname, params]);
      const saved = method === 'POST' && idempotencyKey ? this.idempotent.get(idempotencyKey) : undefined;
      if (saved && saved.fingerprint !== fingerprint) {
        throw new ApiError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
        });
      }
      if (saved) return send(200, saved.body, { 'Idempotent-Replayed': 'true' });

      const [, pattern, handler] =
        this.routes.find(([m, path]) => m === method && path.test(url.pathname)) ?? [];
      if (!pattern || !handler) throw unrecognized(method, url.pathname);
      const id = decodeURIComponent(pattern.exec(url.pathname)?.[1] ?? '');
      const account = req.headers['stripe-account']?.toString();
      const body = JSON.stringify(
        handler(params, id, { id: requestId, idempotency_key: idempotencyKey ?? null }, account),
      );
      if (method === 'POST' && idempotencyKey) this.idempotent.set(idempotencyKey, { fingerprint, body });
      send(200, body);
    } catch (error) {
      const failure =
        error instanceof ApiError ? error : new ApiError(500, { type: 'api_error', message: String(error) });
      send(failure.status, JSON.stringify({ error: failure.body }));
    }
  }

  private authenticate(authorization: string | undefined): void {
    const key = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (key === this.secretKey) return;
    const redacted = key && `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
    throw new ApiError(401, {
      type: 'invalid_request_error',
      message: redacted
        ? `Invalid API Key provided: ${redacted}`
        : 'You did not provide an API key. You need to provide your API key in the Authorization header.',
    });
  }

  private find<K extends keyof Stored>(kind: K, id: string, param = 'id', status = 404): Stored[K] {
    const found = this.store[kind].get(id);
    if (!found) throw noSuch(kind, id, param, status);
    return found;
  }

  private retrieve(path: string): object {
    const slash = path.lastIndexOf('/');
    const kind = RETRIEVABLE.get(path.slice(0, slash));
    if (!kind) throw unrecognized('GET', `/v1/${path}`);
    return this.find(kind, path.slice(slash + 1));
  }

  private emit(
    type: Stripe.Event.Type,
    object: object,
    request = NO_REQUEST,
    previous?: object,
  ): Stripe.Event {
    const event: Stripe.EventBase = {
      id: newId('evt_'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: now(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request,
      data: {
        object: structuredClone(object),
        ...(previous && { previous_attributes: structuredClone(previous) }),
      },
    };
    this.events.push(event as Stripe.Event);
    return event as Stripe.Event;
  }

  // --- Checkout --------------------------------------------------------------------------------------------------

  private createSession(p: Params): Stripe.Checkout.Session {
    const mode = oneOf(p, 'mode', ['payment', 'subscription']);
    if (!mode) throw missing('mode');
    const lineItems = list(p, 'line_items').map((item, i) => lineItem(item, `line_items[${i}]`, mode));
    if (lineItems.length === 0) throw missing('line_items');
    const successUrl = required(p, 'success_url');
    const modeOnly = { payment_intent_data: 'payment', subscription_data: 'subscription' };
    for (const [key, only] of Object.entries(modeOnly))
      if (p[key] && mode !== only) throw invalid(`\`${key}\` is only for \`${only}\` mode.`, key);
    const currency = lineItems[0]?.currency ?? '';
    if (lineItems.some((item) => item.currency !== currency))
      throw invalid('Mixed currencies.', 'line_items');
    const amount = lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
    const created = now();
    const expiresAt = int(p, 'expires_at') ?? created + DAY;
    if (expiresAt < created + 30 * 60 || expiresAt > created + DAY)
      throw invalid('`expires_at` must be 30 minutes to 24 hours from creation.', 'expires_at');
    const paymentData = obj(p, 'payment_intent_data');
    const feeParam = 'payment_intent_data[application_fee_amount]';
    const applicationFee = int(paymentData, 'application_fee_amount', feeParam);
    if (applicationFee !== undefined && (applicationFee < 0 || applicationFee > amount))
      throw invalid('The application fee must be between 0 and the amount.', feeParam);

    const session = partial<Stripe.Checkout.Session>({
      ...base('cs_test_', 'checkout.session', created),
      status: 'open',
      payment_status: 'unpaid',
      mode,
      amount_subtotal: amount,
      amount_total: amount,
      currency,
      metadata: metadata(p),
      client_reference_id: str(p, 'client_reference_id') ?? null,
      customer_email: str(p, 'customer_email') ?? null,
      customer: null,
      payment_intent: null,
      subscription: null,
      success_url: successUrl,
      cancel_url: str(p, 'cancel_url') ?? null,
      payment_method_types: ['card'],
      expires_at: expiresAt,
    });
    session.url = `${this.apiBase}/c/pay/${session.id}`;
    this.store['checkout.session'].set(session.id, session);
    this.checkoutInputs.set(session.id, {
      lineItems,
      applicationFee,
      destination: str(obj(paymentData, 'transfer_data'), 'destination'),
      paymentMetadata: metadata(paymentData),
      subscriptionMetadata: metadata(obj(p, 'subscription_data')),
    });
    return session;
  }

  private expireSession(id: string, request: EventRequest): Stripe.Event {
    const session = this.find('checkout.session', id);
    if (session.status !== 'open')
      throw invalid(`Only an open Checkout Session can be expired (${session.status}).`);
    Object.assign(session, { status: 'expired', url: null });
    return this.emit('checkout.session.expired', session, request);
  }

  private openSession(id: string): [Stripe.Checkout.Session, CheckoutInput] {
    const session = this.store['checkout.session'].get(id);
    const input = this.checkoutInputs.get(id);
    if (!session || !input || session.status !== 'open') throw new Error(`No open checkout session '${id}'`);
    return [session, input];
  }

  // --- Payments and refunds --------------------------------------------------------------------------------------

  /** The payment intent and charge a paid payment-mode session leaves behind. */
  private charge(session: Stripe.Checkout.Session, input: CheckoutInput): Stripe.PaymentIntent {
    const amount = session.amount_total ?? 0;
    const { applicationFee = null, destination, paymentMetadata } = input;
    const common = { amount, currency: session.currency ?? '', application_fee_amount: applicationFee };
    const paymentIntent = partial<Stripe.PaymentIntent>({
      ...base('pi_', 'payment_intent'),
      ...common,
      amount_received: amount,
      amount_capturable: 0,
      status: 'succeeded',
      metadata: { ...paymentMetadata },
      transfer_data: destination ? { destination } : null,
      customer: null,
    });
    const charge = partial<Stripe.Charge>({
      ...base('ch_', 'charge'),
      ...common,
      amount_captured: amount,
      amount_refunded: 0,
      refunded: false,
      paid: true,
      captured: true,
      status: 'succeeded',
      payment_intent: paymentIntent.id,
      metadata: { ...paymentMetadata },
      transfer_data: destination ? { destination, amount: null } : null,
    });
    paymentIntent.latest_charge = charge.id;
    this.store.charge.set(charge.id, charge);
    this.store.payment_intent.set(paymentIntent.id, paymentIntent);
    return paymentIntent;
  }

  private createRefund(p: Params, request: EventRequest): Stripe.Refund {
    const paymentIntent = this.find('payment_intent', required(p, 'payment_intent'), 'payment_intent', 400);
    const charge = this.find('charge', String(paymentIntent.latest_charge), 'charge', 400);
    const left = charge.amount - charge.amount_refunded;
    if (left === 0)
      throw invalid(`Charge ${charge.id} has already been refunded.`, undefined, 'charge_already_refunded');
    const amount = int(p, 'amount') ?? left;
    if (amount <= 0) throw invalid('Invalid positive integer', 'amount');
    if (amount > left)
      throw invalid(
        `Refund amount (${amount}) is greater than unrefunded amount (${left})`,
        'amount',
        'amount_too_large',
      );
    const refund = partial<Stripe.Refund>({
      ...base('re_', 'refund'),
      amount,
      currency: charge.currency,
      payment_intent: paymentIntent.id,
      charge: charge.id,
      status: 'succeeded',
      reason: null,
      metadata: metadata(p),
      transfer_reversal: bool(p, 'reverse_transfer') ? newId('trr_') : null,
    });
    this.store.refund.set(refund.id, refund);
    const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.emit('charge.refunded', charge, request, previous);
    return refund;
  }

  // --- Connect accounts ------------------------------------------------------------------------------------------

  private createAccount(p: Params): Stripe.Account {
    const capabilities = obj(p, 'capabilities');
    const requested = Object.keys(capabilities).filter((name) => bool(obj(capabilities, name), 'requested'));
    const account = partial<Stripe.Account>({
      ...base('acct_', 'account'),
      type: oneOf(p, 'type', ['express', 'standard', 'custom']) ?? 'standard',
      email: str(p, 'email') ?? null,
      country: str(p, 'country') ?? 'US',
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: Object.fromEntries(requested.map((name) => [name, 'inactive'])),
      metadata: metadata(p),
    });
    this.store.account.set(account.id, account);
    return account;
  }

  private createAccountLink(p: Params): Stripe.AccountLink {
    const account = this.find('account', required(p, 'account'), 'account', 400);
    if (!oneOf(p, 'type', ['account_onboarding', 'account_update'])) throw missing('type');
    required(p, 'refresh_url');
    required(p, 'return_url');
    const created = now();
    const url = `${this.apiBase}/setup/e/${account.id}/${randomHex(8)}`;
    return { object: 'account_link', url, created, expires_at: created + 300 };
  }

  /** Express accounts only, once Stripe has their details (as Stripe refuses otherwise). */
  private createLoginLink(accountId: string): Stripe.LoginLink {
    const account = this.find('account', accountId, 'account', 400);
    if (account.type !== 'express')
      throw invalid('Login links can only be created for Express accounts.', 'account');
    if (!account.details_submitted)
      throw invalid(
        'Cannot create a login link for an account that has not completed onboarding.',
        'account',
      );
    return {
      object: 'login_link',
      url: `${this.apiBase}/express/${account.id}/${randomHex(8)}`,
      created: now(),
    };
  }

  /** A list in Stripe's envelope, newest first; on a connected account's behalf with `Stripe-Account`. */
  private listPayouts(p: Params, account: string | undefined): Stripe.ApiList<Stripe.Payout> {
    if (account !== undefined && !this.store.account.has(account)) {
      throw new ApiError(403, {
        type: 'invalid_request_error',
        code: 'account_invalid',
        message: `The provided key does not have access to account '${account}' (or that account does not exist).`,
      });
    }
    const limit = int(p, 'limit') ?? 10;
    if (limit < 1 || limit > 100) throw invalid('Invalid limit: must be between 1 and 100.', 'limit');
    const all = [...(this.payouts.get(account ?? '') ?? [])].reverse();
    return { object: 'list', data: all.slice(0, limit), has_more: all.length > limit, url: '/v1/payouts' };
  }

  // --- Subscriptions ---------------------------------------------------------------------------------------------

  /** The customer and subscription a paid subscription-mode session leaves behind. */
  private subscribe(session: Stripe.Checkout.Session, input: CheckoutInput): Stripe.Subscription {
    const created = now();
    const customer = partial<Stripe.Customer>({
      ...base('cus_', 'customer'),
      email: session.customer_email,
      metadata: {},
    });
    const subscription = partial<Stripe.Subscription>({
      ...base('sub_', 'subscription', created),
      status: 'active',
      customer: customer.id,
      currency: session.currency ?? '',
      metadata: { ...input.subscriptionMetadata },
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      start_date: created,
      billing_cycle_anchor: created,
      latest_invoice: null,
    });
    const items = input.lineItems.map(({ currency, unitAmount, quantity, interval = 'month' }) =>
      partial<Stripe.SubscriptionItem>({
        ...base('si_', 'subscription_item', created),
        subscription: subscription.id,
        quantity,
        current_period_start: created,
        current_period_end: created + periodDays(interval) * DAY,
        metadata: {},
        price: partial<Stripe.Price>({
          ...base('price_', 'price', created),
          active: true,
          type: 'recurring',
          billing_scheme: 'per_unit',
          currency,
          unit_amount: unitAmount,
          recurring: {
            interval,
            interval_count: 1,
            usage_type: 'licensed',
            meter: null,
            trial_period_days: null,
          },
          product: newId('prod_'),
          metadata: {},
        }),
      }),
    );
    const url = `/v1/subscription_items?subscription=${subscription.id}`;
    subscription.items = { object: 'list', data: items, has_more: false, url };
    this.store.customer.set(customer.id, customer);
    this.store.subscription.set(subscription.id, subscription);
    return subscription;
  }

  private createPortalSession(p: Params): Stripe.BillingPortal.Session {
    const customer = this.find('customer', required(p, 'customer'), 'customer', 400);
    const session = partial<Stripe.BillingPortal.Session>({
      ...base('bps_', 'billing_portal.session'),
      customer: customer.id,
      return_url: str(p, 'return_url') ?? null,
      configuration: 'bpc_fake',
    });
    return { ...session, url: `${this.apiBase}/p/session/${session.id}` };
  }

  private apiUpdateSubscription(id: string, p: Params, request: EventRequest): Stripe.Subscription {
    const subscription = this.find('subscription', id);
    if (subscription.status === 'canceled')
      throw invalid('A canceled subscription can only update its metadata.');
    const changes = { cancel_at_period_end: bool(p, 'cancel_at_period_end') };
    this.change(subscription, changes, metadata(p, subscription.metadata), request);
    return subscription;
  }

  /** Applies changes and emits customer.subscription.updated, with the previous values of what changed. */
  private change(
    sub: Stripe.Subscription,
    changes: SubscriptionChanges,
    meta = sub.metadata,
    request = NO_REQUEST,
  ) {
    const next: Partial<Stripe.Subscription> = { metadata: meta };
    if (changes.status !== undefined) next.status = changes.status;
    if (changes.cancel_at_period_end !== undefined) {
      next.cancel_at_period_end = changes.cancel_at_period_end;
      next.cancel_at = changes.cancel_at_period_end ? (sub.items.data[0]?.current_period_end ?? null) : null;
    }
    if (changes.renew) {
      next.items = structuredClone(sub.items);
      for (const item of next.items.data) {
        item.current_period_start = item.current_period_end;
        item.current_period_end += periodDays(item.price.recurring?.interval) * DAY;
      }
    }
    const keys = (Object.keys(next) as (keyof Stripe.Subscription)[]).filter(
      (key) => JSON.stringify(sub[key]) !== JSON.stringify(next[key]),
    );
    const previous = Object.fromEntries(keys.map((key) => [key, sub[key]]));
    Object.assign(sub, next);
    return this.emit('customer.subscription.updated', sub, request, previous);
  }

  private cancel(id: string, request = NO_REQUEST): Stripe.Event {
    const subscription = this.find('subscription', id);
    if (subscription.status === 'canceled') throw invalid(`Subscription ${id} is already canceled.`);
    Object.assign(subscription, { status: 'canceled', canceled_at: now(), ended_at: now() });
    return this.emit('customer.subscription.deleted', subscription, request);
  }

  // --- Test controls ---------------------------------------------------------------------------------------------

  client(secretKey = this.secretKey): Stripe {
    const { port } = this;
    return new Stripe(secretKey, {
      host: '127.0.0.1',
      port,
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
    });
  }

  session(id: string): Stripe.Checkout.Session | undefined {
    const session = this.store['checkout.session'].get(id);
    return session && structuredClone(session);
  }

  pay(sessionId: string): Stripe.Event[] {
    const [session, input] = this.openSession(sessionId);
    Object.assign(session, { status: 'complete', payment_status: 'paid', url: null });
    if (session.mode === 'payment') {
      session.payment_intent = this.charge(session, input).id;
      return [this.emit('checkout.session.completed', session)];
    }
    const subscription = this.subscribe(session, input);
    Object.assign(session, { customer: subscription.customer, subscription: subscription.id });
    const completed = this.emit('checkout.session.completed', session);
    return [completed, this.emit('customer.subscription.created', subscription)];
  }

  expire(sessionId: string): Stripe.Event {
    this.openSession(sessionId);
    return this.expireSession(sessionId, NO_REQUEST);
  }

  completeOnboarding(accountId: string): Stripe.Event {
    const account = this.find('account', accountId);
    const { charges_enabled, payouts_enabled, details_submitted, capabilities = {} } = account;
    const previous = { charges_enabled, payouts_enabled, details_submitted, capabilities };
    const active = Object.fromEntries(Object.keys(capabilities).map((name) => [name, 'active']));
    Object.assign(account, {
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: active,
    });
    return this.emit('account.updated', account, NO_REQUEST, previous);
  }

  payout(accountId: string, input: PayoutInput): Stripe.Payout {
    this.find('account', accountId);
    const created = now();
    const status = input.status ?? 'pending';
    const payout = partial<Stripe.Payout>({
      ...base('po_', 'payout', created),
      amount: input.amount,
      currency: input.currency.toLowerCase(),
      arrival_date: input.arrival_date ?? created + 2 * DAY,
      automatic: true,
      status,
      method: 'standard',
      type: 'bank_account',
      description: 'STRIPE PAYOUT',
      failure_code: status === 'failed' ? 'account_closed' : null,
      failure_message: status === 'failed' ? 'The bank account has been closed.' : null,
      metadata: {},
    });
    this.payouts.set(accountId, [...(this.payouts.get(accountId) ?? []), payout]);
    return structuredClone(payout);
  }

  updateSubscription(id: string, changes: SubscriptionChanges): Stripe.Event {
    return this.change(this.find('subscription', id), changes);
  }

  deleteSubscription(id: string): Stripe.Event {
    return this.cancel(id);
  }

  signed(event: Stripe.Event, webhookSecret: string): { payload: string; signature: string } {
    const payload = JSON.stringify(event, null, 2); // Stripe delivers pretty-printed JSON
    return {
      payload,
      signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }),
    };
  }

  failNext(pathPrefix: string, status: number, error: InjectedError): void {
    this.failures.push({ pathPrefix, error: new ApiError(status, { ...error }) });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections(); // the SDK's agent keeps connections alive
    });
  }
}

/** Validates one `line_items[i]` entry (only `price_data` prices are modelled). */
function lineItem(item: Params, at: string, mode: string): CheckoutInput['lineItems'][number] {
  const price = obj(item, 'price_data');
  const intervals = Object.keys(PERIOD_DAYS);
  const interval = oneOf(
    obj(price, 'recurring'),
    'interval',
    intervals,
    `${at}[price_data][recurring][interval]`,
  );
  if ((mode === 'subscription') !== (interval !== undefined))
    throw invalid(
      'Subscription mode needs recurring prices; payment mode refuses them.',
      `${at}[price_data][recurring]`,
    );
  required(obj(price, 'product_data'), 'name', `${at}[price_data][product_data][name]`);
  const currency = required(price, 'currency', `${at}[price_data][currency]`).toLowerCase();
  const unitAmount = int(price, 'unit_amount', `${at}[price_data][unit_amount]`);
  const quantity = int(item, 'quantity', `${at}[quantity]`);
  if (unitAmount === undefined || unitAmount < 0)
    throw invalid('Missing or negative unit_amount.', `${at}[price_data][unit_amount]`);
  if (quantity === undefined || quantity < 1)
    throw invalid('Missing or non-positive quantity.', `${at}[quantity]`);
  return { currency, unitAmount, quantity, interval };
}

function unrecognized(method: string, path: string): ApiError {
  return new ApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}
