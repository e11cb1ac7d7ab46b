// The OpenAPI document is made from the controllers themselves (their routes, guards, zod pipes and
// @ApiContract). These tests hold it to the server it describes: the same routes both ways, the same input
// rules, and schemas that accept the requests and replies of a real walk through the API, and refuse
// wrong ones.
import { Controller, Get, Query } from '@nestjs/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRoutes } from '../src/api.ts';
import { ApiContract, ApiTag } from '../src/openapi/api-contract.ts';
import { describeControllers } from '../src/openapi/routes.ts';
import { makePerson, uploadSample } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();

interface Content {
  readonly schema: z.core.JSONSchema.JSONSchema;
}
interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly description?: string;
  readonly schema: Record<string, unknown>;
}
interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: Record<string, Content> };
  readonly responses: Record<string, { readonly content?: Record<string, Content> }>;
  readonly security?: readonly Record<string, string[]>[];
}
interface Document {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, Operation>>;
}

let document: Document;
beforeAll(async () => {
  document = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
});

function operation(method: string, path: string): Operation {
  const found = document.paths[path]?.[method];
  if (!found) throw new Error(`The document has no ${method} ${path}.`);
  return found;
}

/** A documented JSON Schema, read back as zod, to check real bodies with. */
const checker = (content: Content | undefined): z.ZodType => {
  expect(content, 'a documented JSON schema').toBeDefined();
  return z.fromJSONSchema(content?.schema ?? false);
};
const replySchema = (method: string, path: string, status: number) =>
  checker(operation(method, path).responses[status]?.content?.['application/json']);
const bodySchema = (method: string, path: string) =>
  checker(operation(method, path).requestBody?.content['application/json']);

let checked = 0;
/**
 * Calls a documented route as a client reading the document would: the JSON body sent must be one its
 * request schema accepts, and the reply must have a documented status and match that status's schema.
 */
async function call(
  method: 'get' | 'post' | 'put',
  path: string,
  options: { params?: Record<string, string>; payload?: object; headers?: Record<string, string> } = {},
): Promise<unknown> {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? '');
  const documented = operation(method, path);
  if (options.payload && documented.requestBody?.content['application/json']) {
    const request = bodySchema(method, path).safeParse(options.payload);
    expect(request.error, `${method} ${path} request`).toBeUndefined();
  }
  const response = await api.app.inject({
    method: method.toUpperCase() as 'GET' | 'POST' | 'PUT',
    url,
    ...(options.payload ? { payload: options.payload } : {}),
    headers: options.headers ?? {},
  });
  expect(Object.keys(documented.responses), `${method} ${url}: ${response.body}`).toContain(
    String(response.statusCode),
  );
  const reply = replySchema(method, path, response.statusCode).safeParse(response.json());
  expect(reply.error, `${method} ${url} reply`).toBeUndefined();
  checked++;
  return response.json();
}

describe('the OpenAPI document', () => {
  it('describes exactly the API routes the server has', () => {
    const documented = Object.entries(document.paths)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    const served = [
      ...new Set(
        apiRoutes(api.app)
          .filter(
            (route) =>
              route.url.startsWith('/api/') &&
              !route.url.startsWith('/api/docs') &&
              route.url !== '/api/openapi.json',
          )
          .filter((route) => route.method !== 'head' && route.method !== 'options')
          .map((route) => `${route.method} ${route.url}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
    expect(document.openapi).toBe('3.1.0');
  });

  it('is made from the controllers: an undocumented route or a stray query description stops it', () => {
    @ApiTag('venue')
    @Controller('quiet')
    class Undocumented {
      @Get(':id')
      find(): void {}
    }
    expect(() => describeControllers([Undocumented], 'api')).toThrow(
      'Undocumented.find (GET /api/quiet/{id}) has no @ApiContract.',
    );

    @Controller('untagged')
    class Untagged {}
    expect(() => describeControllers([Untagged], 'api')).toThrow('Untagged has no @ApiTag');

    @ApiTag('venue')
    @Controller('colours')
    class StrayQuery {
      @ApiContract({ summary: 'Colours', query: { shade: 'A shade' } })
      @Get()
      list(@Query('hue') _hue?: string): void {}
    }
    expect(() => describeControllers([StrayQuery], 'api')).toThrow(
      'StrayQuery.list describes a query parameter "shade" it does not read.',
    );
  });

  it('gives bodies, paths and queries the rules of the pipes that check them', () => {
    const signUp = operation('post', '/api/auth/sign-up').requestBody?.content['application/json']?.schema;
    expect(signUp).toMatchObject({
      required: expect.arrayContaining(['email', 'password', 'displayName']),
      properties: { password: { minLength: 10 } },
    });
    // Path parameters, from the pipes on @Param: a uuid, a slug, a certificate code.
    expect(operation('get', '/api/listings/{id}').parameters).toEqual([
      expect.objectContaining({
        name: 'id',
        in: 'path',
        required: true,
        schema: expect.objectContaining({ format: 'uuid' }),
      }),
    ]);
    expect(operation('get', '/api/spaces/{slug}').parameters?.[0]?.schema).toMatchObject({
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    });
    // A whole query read by one object schema, and one read by name, described by the contract.
    expect(operation('get', '/api/mentors').parameters).toEqual([
      expect.objectContaining({ name: 'discipline', in: 'query', required: true }),
      expect.objectContaining({
        name: 'level',
        required: false,
        schema: expect.objectContaining({ enum: ['beginner', 'intermediate', 'advanced'] }),
      }),
    ]);
    expect(operation('get', '/api/shows').parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'space',
          required: false,
          description: 'Only the shows on this stage (its slug)',
        }),
        expect.objectContaining({
          name: 'artist',
          required: false,
          schema: expect.objectContaining({ format: 'uuid' }),
        }),
      ]),
    );
    expect(operation('get', '/api/shows').parameters).toHaveLength(2);
    // Who may call, from the guards: signed in, optionally signed in, admins.
    expect(operation('get', '/api/me').security).toEqual([{ bearer: [] }]);
    expect(operation('get', '/api/courses/{id}').security).toEqual([{}, { bearer: [] }]);
    expect(operation('post', '/api/world/join-token').security).toEqual([{}, { bearer: [] }]);
    expect(operation('get', '/api/spaces').security).toBeUndefined();
    expect(Object.keys(operation('get', '/api/admin/reconciliation').responses)).toEqual([
      '200',
      '401',
      '403',
    ]);
    // Status codes, from @HttpCode and Nest's defaults; a multipart upload; files that are not JSON.
    expect(Object.keys(operation('post', '/api/auth/sign-out').responses)).toContain('204');
    expect(operation('post', '/api/media').requestBody?.content).toHaveProperty('multipart/form-data');
    expect(operation('get', '/api/certificates/{code}/pdf').responses['200']?.content).toHaveProperty(
      'application/pdf',
    );
  });

  it('has schemas that accept the requests and replies of a walk through the API', async () => {
    await call('get', '/api/health');
    await call('get', '/api/spaces');
    await call('get', '/api/spaces/{slug}', { params: { slug: 'main-gallery' } });
    const credentials = { email: 'walker@example.org', password: 'a long enough password' };
    await call('post', '/api/auth/sign-up', { payload: { ...credentials, displayName: 'Walker' } });
    const session = (await call('post', '/api/auth/sign-in', { payload: credentials })) as {
      accessToken: string;
      refreshToken: string;
    };
    await call('post', '/api/auth/refresh', { payload: { refreshToken: session.refreshToken } });
    const headers = { authorization: `Bearer ${session.accessToken}` };
    await call('get', '/api/me', { headers });
    const artist = (await call('put', '/api/artists/me', {
      payload: { name: 'Walker', links: ['https://walker.example'] },
      headers,
    })) as { id: string };
    const mediaId = await uploadSample(api.app, headers);
    const work = (await call('post', '/api/artworks', {
      payload: { mediaId, title: 'Walk', year: 2026 },
      headers,
    })) as { id: string };
    await call('post', '/api/exhibitions', {
      payload: { space: 'main-gallery', title: 'Walks', works: [work.id] },
      headers,
    });
    await call('get', '/api/artists/{id}', { params: { id: artist.id } });
    const listing = (await call('post', '/api/listings', {
      payload: { kind: 'print', artworkId: work.id, edition: 5, priceMinor: 0, currency: 'eur' },
      headers,
    })) as { id: string };
    await call('get', '/api/listings');
    await call('get', '/api/listings/{id}', { params: { id: listing.id } });
    const buyer = (await makePerson(api.app, 'Buyer')).headers;
    await call('post', '/api/orders', { payload: { listingId: listing.id }, headers: buyer });
    await call('get', '/api/orders/mine', { headers: buyer });
    await call('get', '/api/tickets/mine', { headers: buyer });
    await call('post', '/api/world/join-token', {
      payload: { space: 'main-gallery', name: 'Walker' },
      headers,
    });
    await call('get', '/api/subscriptions/me', { headers });
    await call('get', '/api/api-keys', { headers });
    await call('get', '/api/shows');
    await call('get', '/api/courses');
    await call('get', '/api/challenges');
    await call('get', '/api/me/learning', { headers });
    expect(checked).toBe(24);
  });

  it('has schemas that refuse wrong requests and replies', () => {
    const user = { id: 'u', email: 'a@example.org', displayName: 'A', roles: ['member'] };
    const me = replySchema('get', '/api/me', 200);
    expect(me.safeParse(user).success).toBe(true);
    expect(me.safeParse({ ...user, roles: ['owner'] }).success).toBe(false);
    expect(me.safeParse({ ...user, passwordHash: 'x' }).success).toBe(false);
    const signUp = bodySchema('post', '/api/auth/sign-up');
    expect(
      signUp.safeParse({ email: 'a@example.org', password: 'too short', displayName: 'A' }).success,
    ).toBe(false);
    const profile = bodySchema('put', '/api/artists/me');
    expect(profile.safeParse({ name: 'A', links: ['https://a.example'] }).success).toBe(true);
    expect(profile.safeParse({ name: 'A', links: ['javascript:alert(1)'] }).success).toBe(false);
  });

  it('has a docs page', async () => {
    const page = await api.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('ProStudio API');
  });
});
