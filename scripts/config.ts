import { createRequire } from 'node:module';
import path from 'node:path';
import type { AssetDir } from '@prostudio/backend';
import { z } from 'zod';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// Capture's own MediaPipe (1.1.x), as capture resolves it: another package pulls an older one to the root.
const tasksVision = path.dirname(
  createRequire(path.join(ROOT, 'capture', 'package.json')).resolve('@mediapipe/tasks-vision'),
);

const envSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  DATA_DIR: z.string().default(path.join(ROOT, '.data')),
  PUBLIC_ADDRESS: z.string().optional(),
  WORLD_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  STAGE_CAPACITY: z.coerce.number().int().min(1).max(5000).default(500),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret or restricted key (sk_... or rk_...)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, 'must be a webhook signing secret (whsec_...)')
    .optional(),
  STRIPE_API_BASE: z.url().optional(),
  PUBLIC_URL: z.url().optional(),
  VENUE_ADMIN_EMAIL: z.email('must be an email address').optional(),
  DEMO: z.enum(['on', 'off'], 'must be on or off').optional(),
  CAPTURE_MODELS_DIR: z.string().default(path.join(ROOT, 'capture', 'dist', 'models')),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((list) =>
      list
        ? list
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean)
        : [],
    ),
});

/** ProStudio's settings, from the environment (see README.md, "Environment variables"). */
export interface Config {
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly dataDir: string;
  readonly publicAddress: string | undefined;
  readonly worldTokenSecret: string | undefined;
  readonly authSecret: string | undefined;
  readonly stageCapacity: number;
  readonly corsOrigins: string[];
  readonly clientDir: string;
  readonly artworksDir: string;
  /** Static folders the venue serves: controller profiles, avatars, capture models and runtime. */
  readonly assetDirs: readonly AssetDir[];
  /** Both Stripe keys, or neither (then payments are off); `apiBase` is another Stripe API address (tests). */
  readonly stripe: {
    readonly secretKey: string;
    readonly webhookSecret: string;
    readonly apiBase: string | undefined;
  } | null;
  /** The address buyers come back to from Stripe; by default the one the server listens on. */
  readonly publicUrl: string | undefined;
  /** The venue owner's account, made admin at start-up (once it has signed up). */
  readonly venueAdminEmail: string | undefined;
  /**
   * Whether to seed the demo (accounts with a known password, and what they can try): by default only on the
   * embedded database, a newcomer's trial; a venue on its own DATABASE_URL gets it only with DEMO=on.
   */
  readonly demo: boolean;
}

/** Reads and checks the environment; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Bad environment:\n  ${problems.join('\n  ')}`);
  }
  const vars = result.data;
  if (Boolean(vars.STRIPE_SECRET_KEY) !== Boolean(vars.STRIPE_WEBHOOK_SECRET)) {
    throw new Error(
      'Bad environment:\n  STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both, or neither',
    );
  }
  return {
    host: vars.HOST,
    port: vars.PORT,
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    dataDir: path.resolve(vars.DATA_DIR),
    publicAddress: vars.PUBLIC_ADDRESS,
    worldTokenSecret: vars.WORLD_TOKEN_SECRET,
    authSecret: vars.AUTH_SECRET,
    stageCapacity: vars.STAGE_CAPACITY,
    corsOrigins: vars.CORS_ORIGINS,
    clientDir: path.join(ROOT, 'world-client', 'dist'),
    artworksDir: path.join(ROOT, 'assets', 'artworks'),
    assetDirs: [
      {
        prefix: '/assets/xr-profiles/',
        root: path.join(
          path.dirname(require.resolve('@webxr-input-profiles/assets/package.json')),
          'dist',
          'profiles',
        ),
        maxAge: '1d',
      },
      { prefix: '/assets/avatars/', root: path.join(ROOT, 'assets', 'avatars'), maxAge: '1h' },
      { prefix: '/assets/lessons/', root: path.join(ROOT, 'assets', 'lessons'), maxAge: '1h' },
      { prefix: '/assets/capture/models/', root: vars.CAPTURE_MODELS_DIR, maxAge: '1d' },
      { prefix: '/assets/capture/wasm/', root: path.join(tasksVision, 'wasm'), maxAge: '1d' },
    ],
    stripe:
      vars.STRIPE_SECRET_KEY && vars.STRIPE_WEBHOOK_SECRET
        ? {
            secretKey: vars.STRIPE_SECRET_KEY,
            webhookSecret: vars.STRIPE_WEBHOOK_SECRET,
            apiBase: vars.STRIPE_API_BASE,
          }
        : null,
    publicUrl: vars.PUBLIC_URL,
    venueAdminEmail: vars.VENUE_ADMIN_EMAIL,
    demo: (vars.DEMO ?? (vars.DATABASE_URL ? 'off' : 'on')) === 'on',
  };
}
