// The OpenAPI 3.1 document of the API, built from the routes Nest has (routes.ts): their zod schemas become
// JSON Schema (2020-12, the dialect OpenAPI 3.1 uses), each as a request is checked or a reply is built.
import type { INestApplicationContext } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { API_TAGS } from './api-contract.ts';
import { type DocumentedRoute, documentedRoutes, type RouteInput } from './routes.ts';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema: `input` for what a client sends, `output` for what it receives. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Every schema the routes use has a JSON Schema: one that has none (a transform, say) fails the document,
  // and the API's start, rather than being described as anything at all.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'throw' });
  return rest;
}

function parameter(input: RouteInput): JsonSchema {
  return {
    name: input.name,
    in: input.in,
    required: input.required,
    ...(input.description ? { description: input.description } : {}),
    // An optional parameter's schema is that of its value when it is given.
    schema: input.schema ? jsonSchema(unwrapOptional(input.schema), 'input') : { type: 'string' },
  };
}

function unwrapOptional(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrapOptional(schema.unwrap() as z.ZodType) : schema;
}

function requestBody(route: DocumentedRoute): JsonSchema | undefined {
  if (route.contract.upload) {
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { file: { type: 'string', format: 'binary' } },
            required: ['file'],
          },
        },
      },
    };
  }
  if (!route.body) return undefined;
  return { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
}

/** A reply the handler sends itself: text (a page), or bytes (a file). */
const fileSchema = (type: string): JsonSchema =>
  type.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' };

function responses(route: DocumentedRoute): JsonSchema {
  const { response, produces } = route.contract;
  const content = response
    ? { 'application/json': { schema: jsonSchema(response, 'output') } }
    : produces
      ? Object.fromEntries(produces.map((type) => [type, { schema: fileSchema(type) }]))
      : undefined;
  const validated = route.body !== undefined || route.contract.upload || route.inputs.some((i) => i.schema);
  return {
    [route.status]: { description: route.status === 204 ? 'Done.' : 'OK', ...(content ? { content } : {}) },
    ...(validated ? { 400: { description: 'A field is invalid; the message names it.' } } : {}),
    ...(route.auth === 'required' ? { 401: { description: 'Not signed in.' } } : {}),
    ...(route.auth === 'optional' ? { 401: { description: 'The bearer token sent is not valid.' } } : {}),
    ...(route.onlyFor ? { 403: { description: `Only for ${route.onlyFor}.` } } : {}),
  };
}

function operation(route: DocumentedRoute): JsonSchema {
  const body = requestBody(route);
  return {
    tags: [route.tag],
    summary: route.contract.summary,
    operationId: route.handler,
    ...(route.inputs.length ? { parameters: route.inputs.map(parameter) } : {}),
    ...(body ? { requestBody: body } : {}),
    // Optional: a guest may call it, and a bearer token sent must be valid.
    ...(route.auth === 'required' ? { security: [{ bearer: [] }] } : {}),
    ...(route.auth === 'optional' ? { security: [{}, { bearer: [] }] } : {}),
    responses: responses(route),
  };
}

/** The document of these routes. */
export function buildDocument(routes: readonly DocumentedRoute[]): OpenAPIObject {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'ProStudio API',
      version: '0.1.0',
      description:
        'Accounts, the venue, artists and their exhibitions, media, join tokens for the world server, the ' +
        'marketplace (listings, orders, Stripe payments and payouts), shows and tickets, subscriptions, and ' +
        'education. Money is in integer minor units (cents) with a lower-case ISO 4217 currency.',
    },
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths: paths as OpenAPIObject['paths'],
  };
}

/** The OpenAPI 3.1 document of the routes an application's controllers declare. */
export function openApiDocument(app: INestApplicationContext): OpenAPIObject {
  return buildDocument(documentedRoutes(app));
}
