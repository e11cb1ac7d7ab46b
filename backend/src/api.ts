import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type LogLevel, Logger } from '@nestjs/common';
import type { RoomBan, RoomVisit } from '@prostudio/protocol';
import { type BanLifted, BansService } from './moderation/bans.service.ts';
import { ClassroomSongsService } from './music/classroom-songs.service.ts';
import { WorkshopsService } from './education/workshops.service.ts';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCors from '@fastify/cors';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { FastifyServerFactory } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.ts';
import { openApiDocument } from './openapi/document.ts';
import { API_PREFIX } from './openapi/routes.ts';
import { SECURITY_HEADERS } from './common/security-headers.ts';
import { MAX_UPLOAD_BYTES } from './media/media.service.ts';
import { SpaFallbackFilter } from './common/spa-fallback.filter.ts';
import type { PaymentsOptions } from './payments/payments.ts';
import type { AccountLimits } from './accounts/address-limits.ts';

export interface AssetDir {
  /** URL prefix, e.g. /assets/avatars/ (with the slashes). */
  readonly prefix: string;
  readonly root: string;
  /** How long browsers may keep the files, e.g. '1h' or '1d'. */
  readonly maxAge: string;
}

export interface ApiOptions {
  readonly databaseUrl: string;
  /** The secret join tokens are signed with; the world server must be given the same one. */
  readonly worldTokenSecret: string;
  /** The secret access tokens are signed with (every API process of a venue needs the same one). */
  readonly authSecret: string;
  /** Where uploads are kept (local disk). */
  readonly mediaDir: string;
  /** Folder of the sample artworks, served at /assets/artworks/. */
  readonly artworksDir: string;
  /**
   * More folders of static files, each served under its prefix: the WebXR controller profiles, the
   * avatars, the motion-capture models and runtime. All from the venue itself, never a CDN.
   */
  readonly assetDirs?: readonly AssetDir[];
  /** The built world client, served at / (with index.html for unknown paths, so client routes work). */
  readonly clientDir?: string | undefined;
  /** Lets the caller own the HTTP server, so the world server can share its port. */
  readonly serverFactory?: FastifyServerFactory | undefined;
  readonly logLevels?: LogLevel[];
  /** Other origins (e.g. a separate web front end) allowed to call the API from a browser; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Stripe keys; without them free items, shows and plans work and paid ones say payments are off. */
  readonly payments?: PaymentsOptions | null | undefined;
  /** Per-address limits on sign-ups, sign-in failures, password resets, join tokens; the venue's by default. */
  readonly accountLimits?: Partial<AccountLimits> | undefined;
  /** Told when the staff lift a ban, so the world server's rooms stop refusing the person at once. */
  readonly onBanLifted?: BanLifted | undefined;
}

/** A route the server answers. */
export interface ApiRoute {
  readonly method: string;
  readonly url: string;
}

const registered = new WeakMap<NestFastifyApplication, ApiRoute[]>();

/** Every route the API registered (for checking the OpenAPI document against the server). */
export function apiRoutes(app: NestFastifyApplication): readonly ApiRoute[] {
  return registered.get(app) ?? [];
}

/** Builds the NestJS API on Fastify under /api, plus the static files of the product. Not yet listening. */
export async function createApi(options: ApiOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
    bodyLimit: 1024 * 1024,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(
      options.databaseUrl,
      { worldToken: options.worldTokenSecret, auth: options.authSecret },
      options.mediaDir,
      options.payments ?? null,
      options.accountLimits ?? {},
      options.onBanLifted,
    ),
    adapter,
    {
      logger: options.logLevels ?? ['error', 'warn'],
      // Stripe's webhook signatures are over the exact bytes sent.
      rawBody: true,
    },
  );
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  const routes: ApiRoute[] = [];
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method: method.toLowerCase(), url: route.url });
  });
  registered.set(app, routes);
  fastify.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  await fastify.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await fastify.register(fastifyCors, {
    origin: options.corsOrigins?.length ? [...options.corsOrigins] : false,
  });
  await fastify.register(fastifyStatic, {
    root: path.resolve(options.artworksDir),
    prefix: '/assets/artworks/',
    decorateReply: false,
    maxAge: '1h',
  });
  for (const dir of options.assetDirs ?? []) {
    if (!existsSync(dir.root)) continue;
    await fastify.register(fastifyStatic, {
      root: path.resolve(dir.root),
      prefix: dir.prefix,
      decorateReply: false,
      maxAge: dir.maxAge,
    });
  }
  const clientDir = options.clientDir;
  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    await fastify.register(fastifyStatic, { root: path.resolve(clientDir), prefix: '/', wildcard: false });
    app.useGlobalFilters(new SpaFallbackFilter());
  }
  // Made from the controllers Nest has just discovered (their routes, guards, pipes and @ApiContract).
  SwaggerModule.setup('api/docs', app, openApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    customSiteTitle: 'ProStudio API',
  });
  await app.init();
  return app;
}

/** What the world server calls with each ban a moderator gives: the venue keeps it. */
export function banRecorder(app: NestFastifyApplication): (ban: RoomBan) => void {
  const bans = app.get(BansService);
  return reporter(
    'Moderation',
    (ban: RoomBan) => bans.record(ban),
    (ban) => `keep a ban in ${ban.space}`,
  );
}

/** Where the world server keeps classrooms' songs between sessions: the venue's database. */
export function classroomSongStore(app: NestFastifyApplication): {
  load(space: string): Promise<Uint8Array | null>;
  save(space: string, state: Uint8Array): Promise<void>;
} {
  const songs = app.get(ClassroomSongsService);
  return { load: (space) => songs.load(space), save: (space, state) => songs.save(space, state) };
}

/** What the world server calls when someone leaves a room: the API counts workshop attendance from it. */
export function visitRecorder(app: NestFastifyApplication): (visit: RoomVisit) => void {
  const workshops = app.get(WorkshopsService);
  return reporter(
    'Attendance',
    (visit: RoomVisit) => workshops.recordVisit(visit),
    (visit) => `record a visit to ${visit.space}`,
  );
}

/** Hands a report of the world server's to the API, logging (never throwing into the room) what fails. */
function reporter<T>(
  context: string,
  keep: (report: T) => Promise<unknown>,
  what: (report: T) => string,
): (report: T) => void {
  const logger = new Logger(context);
  return (report) => {
    keep(report).catch((error: unknown) => {
      logger.error(`Could not ${what(report)}: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
}
