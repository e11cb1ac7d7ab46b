// Every route of the API as the OpenAPI document describes it, read from the controllers Nest discovered:
// their route decorators (method, path, status code), their guards (who may call), the zod pipes on their
// parameters (body, path, query: the very schemas that check requests) and their @ApiContract (summary,
// reply). A route without an @ApiContract stops the API from starting, so none goes undocumented.
import { type INestApplicationContext, RequestMethod, type Type } from '@nestjs/common';
// Nest's own metadata keys and parameter kinds, as @nestjs/swagger reads them too.
import {
  GUARDS_METADATA,
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { z } from 'zod';
import { AuthGuard, OptionalAuthGuard } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { API_CONTRACT, API_TAG, API_TAGS, type ApiTagName, type RouteContract } from './api-contract.ts';

/** Where the API's routes live: createApi sets it as Nest's global prefix, the document reads it. */
export const API_PREFIX = 'api';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** A path, query or header parameter, with the schema its pipe checks it with (none: any string). */
export interface RouteInput {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
  readonly schema: z.ZodType | undefined;
  readonly required: boolean;
  readonly description?: string;
}

export interface DocumentedRoute {
  readonly method: HttpMethod;
  /** The OpenAPI path, with {parameters}. */
  readonly path: string;
  /** Controller.method, to name the route in errors. */
  readonly handler: string;
  readonly tag: ApiTagName;
  readonly contract: RouteContract;
  readonly status: number;
  /** required: a valid bearer token; optional: a bearer token is checked when one is sent. */
  readonly auth: 'required' | 'optional' | 'none';
  /** Who alone the route's role guard lets through (403 for everyone else), as the guard says: 'admins'. */
  readonly onlyFor: string | null;
  readonly inputs: readonly RouteInput[];
  /** The JSON body's schema, from the pipe of the handler's @Body(). */
  readonly body: z.ZodType | undefined;
}

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.DELETE]: 'delete',
  [RequestMethod.PATCH]: 'patch',
};

/** One parameter of a handler, as Nest's parameter decorators record it. */
interface RouteArg {
  readonly data?: unknown;
  readonly pipes?: readonly unknown[];
}

/** The routes of the controllers a running (or just created) Nest application has. */
export function documentedRoutes(app: INestApplicationContext): DocumentedRoute[] {
  const controllers = new DiscoveryService(app.get(ModulesContainer))
    .getControllers()
    .map((wrapper) => wrapper.metatype)
    .filter((metatype): metatype is Type => typeof metatype === 'function');
  return describeControllers(controllers, API_PREFIX);
}

/** The routes of these controllers under `prefix`; throws naming any route the document could not describe. */
export function describeControllers(controllers: readonly Type[], prefix: string): DocumentedRoute[] {
  const routes: DocumentedRoute[] = [];
  const scanner = new MetadataScanner();
  for (const controller of controllers) {
    const tag: unknown = Reflect.getMetadata(API_TAG, controller);
    if (typeof tag !== 'string' || !(tag in API_TAGS)) {
      throw new Error(`${controller.name} has no @ApiTag: the document lists every route under a tag.`);
    }
    for (const name of scanner.getAllMethodNames(controller.prototype as object)) {
      const handler: unknown = (controller.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined)
        continue;
      for (const path of routePaths(prefix, controller, handler)) {
        routes.push(describeRoute(controller, name, handler, path, tag as ApiTagName));
      }
    }
  }
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`Two handlers answer ${key}; ${route.handler} is one.`);
    seen.add(key);
  }
  return routes;
}

/** The OpenAPI paths of a handler, joined as Nest joins them: prefix, controller path, handler path. */
function routePaths(prefix: string, controller: Type, handler: object): string[] {
  const list = (value: unknown): string[] => [value ?? '/'].flat().map(String);
  return list(Reflect.getMetadata(PATH_METADATA, controller)).flatMap((base) =>
    list(Reflect.getMetadata(PATH_METADATA, handler)).map((own) => {
      const joined = [prefix, base, own]
        .map((part) => part.replace(/^\/+|\/+$/g, ''))
        .filter(Boolean)
        .join('/');
      return `/${joined}`.replace(/:(\w+)/g, '{$1}');
    }),
  );
}

function describeRoute(
  controller: Type,
  name: string,
  handler: object,
  path: string,
  tag: ApiTagName,
): DocumentedRoute {
  const where = `${controller.name}.${name}`;
  const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
  if (!method) throw new Error(`${where}: the document describes GET, POST, PUT, DELETE and PATCH routes.`);
  const contract = Reflect.getMetadata(API_CONTRACT, handler) as RouteContract | undefined;
  if (!contract) throw new Error(`${where} (${method.toUpperCase()} ${path}) has no @ApiContract.`);
  const guards = [
    ...((Reflect.getMetadata(GUARDS_METADATA, controller) as unknown[] | undefined) ?? []),
    ...((Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[] | undefined) ?? []),
  ];
  const args = Object.entries(
    (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as Record<string, RouteArg> | undefined) ??
      {},
  ).map(([key, arg]) => ({ type: Number(key.split(':')[0]), ...arg, schema: zodSchemaOf(arg) }));

  let body: z.ZodType | undefined;
  let readsAuthorization = false;
  const inputs: RouteInput[] = [];
  for (const arg of args) {
    if (arg.type === RouteParamtypes.BODY) {
      if (arg.data !== undefined || !arg.schema)
        throw new Error(`${where}: a body is read whole, by a zod pipe.`);
      body = arg.schema;
    } else if (arg.type === RouteParamtypes.PARAM) {
      if (typeof arg.data !== 'string') throw new Error(`${where}: path parameters are read one by one.`);
      inputs.push({ in: 'path', name: arg.data, schema: arg.schema, required: true });
    } else if (arg.type === RouteParamtypes.QUERY) {
      inputs.push(...queryInputs(where, arg.data, arg.schema));
    } else if (arg.type === RouteParamtypes.HEADERS && typeof arg.data === 'string') {
      // The bearer token is the document's security scheme, not a parameter.
      if (arg.data.toLowerCase() === 'authorization') readsAuthorization = true;
      else inputs.push({ in: 'header', name: arg.data, schema: arg.schema, required: false });
    }
  }
  const templated = [...path.matchAll(/\{(\w+)\}/g)].map(([, parameter]) => parameter ?? '');
  for (const input of inputs) {
    if (input.in === 'path' && !templated.includes(input.name)) {
      throw new Error(`${where} reads a path parameter "${input.name}" its path ${path} does not have.`);
    }
  }
  for (const parameter of templated) {
    if (!inputs.some((input) => input.in === 'path' && input.name === parameter)) {
      inputs.push({ in: 'path', name: parameter, schema: undefined, required: true });
    }
  }
  for (const [parameter, description] of Object.entries(contract.query ?? {})) {
    const index = inputs.findIndex((input) => input.in === 'query' && input.name === parameter);
    const input = inputs[index];
    if (!input) throw new Error(`${where} describes a query parameter "${parameter}" it does not read.`);
    inputs[index] = { ...input, description };
  }
  return {
    method,
    path,
    handler: where,
    tag,
    contract,
    status:
      (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
      (method === 'post' ? 201 : 200),
    auth: guards.includes(AuthGuard)
      ? 'required'
      : guards.includes(OptionalAuthGuard) || readsAuthorization
        ? 'optional'
        : 'none',
    onlyFor: guards.map(roleGuardPasses).find((who) => who !== null) ?? null,
    inputs,
    body,
  };
}

/** Whom a role guard (AdminGuard, ModeratorGuard, …) lets through, from its static `passes`; else null. */
function roleGuardPasses(guard: unknown): string | null {
  const passes: unknown = typeof guard === 'function' ? (guard as { passes?: unknown }).passes : undefined;
  return typeof passes === 'string' ? passes : null;
}

/** The schema of the ZodValidationPipe among a parameter's pipes. */
function zodSchemaOf(arg: RouteArg): z.ZodType | undefined {
  const pipe = arg.pipes?.find((candidate) => candidate instanceof ZodValidationPipe);
  return pipe instanceof ZodValidationPipe ? (pipe.schema as z.ZodType) : undefined;
}

/** `@Query('name', pipe)` is one parameter; `@Query(pipe)` of an object schema is one per property. */
function queryInputs(where: string, data: unknown, schema: z.ZodType | undefined): RouteInput[] {
  const optional = (each: z.ZodType | undefined) => !each || each.safeParse(undefined).success;
  if (typeof data === 'string') return [{ in: 'query', name: data, schema, required: !optional(schema) }];
  if (!(schema instanceof z.ZodObject))
    throw new Error(`${where}: a whole query is read by a zod object pipe.`);
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, each]) => ({
    in: 'query',
    name,
    schema: each,
    required: !optional(each),
  }));
}
