import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { ROUTES } from './routes.ts';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The OpenAPI 3.1 document of the API, made from the route list and its zod schemas. */
export function openApiDocument(): OpenAPIObject {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const parameters = [
      ...[...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...Object.entries(route.query ?? {}).map(([name, description]) => ({
        name,
        in: 'query',
        required: false,
        description,
        schema: { type: 'string' },
      })),
    ];
    const requestBody = route.upload
      ? {
          required: true,
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
            },
          },
        }
      : route.body
        ? { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } }
        : undefined;
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        tags: [route.tag],
        summary: route.summary,
        ...(parameters.length ? { parameters } : {}),
        ...(requestBody ? { requestBody } : {}),
        ...(route.auth ? { security: [{ bearer: [] }] } : {}),
        responses: {
          [route.status]: route.response
            ? {
                description: 'OK',
                content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
              }
            : { description: 'OK' },
          ...(route.body || route.upload
            ? { 400: { description: 'A field is invalid; the message names it.' } }
            : {}),
          ...(route.auth ? { 401: { description: 'Not signed in.' } } : {}),
          ...(route.admin ? { 403: { description: 'Only for admins.' } } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ProStudio API',
      version: '0.1.0',
      description:
        'Accounts, the venue, artists and their exhibitions, media, join tokens for the world server, the ' +
        'marketplace (listings, orders, Stripe payments and payouts), shows and tickets, and subscriptions. ' +
        'Money is in integer minor units (cents) with a lower-case ISO 4217 currency.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths: paths as OpenAPIObject['paths'],
  };
}
