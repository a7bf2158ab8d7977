import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifySwagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Publisher } from '@coopnews/kafka';
import type { Logger } from '@coopnews/runtime';
import type { Store } from '@coopnews/store';
import { openPaths, tokenGuard, type AuthOptions } from './auth.ts';
import { installErrorHandler, type ErrorBody } from './error-handler.ts';
import { ErrorCode } from '@coopnews/runtime';
import { agreementRoutes } from './routes/agreements.ts';
import { actorRoutes } from './routes/actors.ts';
import { programRoutes, articleRoutes } from './routes/programs-articles.ts';
import { errorRoutes } from './routes/errors.ts';
import { reviewRoutes } from './routes/review.ts';
import { exportRoutes } from './routes/exports.ts';
import { correctionRoutes } from './routes/corrections.ts';
import { mergeRoutes } from './routes/merge-split.ts';
import { watchRoutes } from './routes/watches.ts';
import { healthRoutes } from './routes/health.ts';
import { openReadModels, type ReadModels } from './read-model/models.ts';
import { feedRoutes } from './routes/feeds.ts';
import { stripCredentialsInText } from '@coopnews/net';

export type ZodApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface AppDeps {
  store: Store;
  auth: AuthOptions;
  /** Needed by the retry routes (they republish stored pages); without it they answer 503. */
  publisher?: Publisher | undefined;
  log?: Logger | undefined;
  /** The web UI's folder; default src/ui beside this file. */
  uiDir?: string | undefined;
  /** Hosts a watch's webhookUrl may name even on loopback or private addresses (WEBHOOK_ALLOWED_HOSTS). */
  webhookAllowedHosts?: readonly string[] | undefined;
  /** The lists' read models; default: opened from `store` (and closed with the app). */
  models?: ReadModels | undefined;
}

/** What every route module gets. */
export interface RouteDeps extends AppDeps {
  models: ReadModels;
  /** onRequest hook for writes (Authorization: Bearer <API_TOKEN>), run before the body is parsed. */
  guard: ReturnType<typeof tokenGuard>;
}

/** Article text is untrusted: even if a bug rendered it as markup, the browser runs nothing. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
} as const;

const defaultUiDir = fileURLToPath(new URL('./ui/', import.meta.url));

/** Builds the api without listening (tests call app.inject; main.ts listens). */
export async function buildApp(deps: AppDeps): Promise<ZodApp> {
  const base = Fastify({
    ...(deps.log ? { loggerInstance: deps.log } : { logger: false }),
    // Long agreement ids and watch filters stay well below this; it guards the parser.
    bodyLimit: 256 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A URL the router cannot decode (`/%`) gets the same error body and headers as any other bad input.
    frameworkErrors: (err, req, res) => {
      const reply = res as unknown as FastifyReply;
      void reply
        .code(400)
        .headers(SECURITY_HEADERS)
        .send({ error: { code: ErrorCode.INPUT_INVALID, message: `malformed URL: ${err.message}`, where: `${req.method} ${req.url.split('?')[0]}` } } satisfies ErrorBody);
    },
  }) as unknown as FastifyInstance;
  const app: ZodApp = base.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'coopnews api', version: '0.1.0', description: 'Records of cooperation (actors, agreements, programs) with their sources; exports, watches and review.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    // Every answer that is not a stream (JSON, Atom, errors) leaves without a URL's user:password@,
    // whatever is stored (records written before ingestion stripped them, or by another path).
    // Streamed exports strip theirs row by row (routes/exports.ts).
    return typeof payload === 'string' ? stripCredentialsInText(payload) : payload;
  });

  const guard = tokenGuard(deps.auth);
  if (deps.auth.readsNeedToken) {
    app.addHook('onRequest', async (req) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && !openPaths(req.url.split('?')[0]!)) await guard(req);
    });
  }

  const models = deps.models ?? (await openReadModels(deps.store, deps.log));
  // Snapshot what changed since the last one, so the next start replays little.
  if (!deps.models) app.addHook('onClose', () => models.close());
  const routeDeps: RouteDeps = { ...deps, guard, models };
  for (const routes of [healthRoutes, agreementRoutes, actorRoutes, programRoutes, articleRoutes, errorRoutes, reviewRoutes, exportRoutes, correctionRoutes, mergeRoutes, watchRoutes, feedRoutes]) {
    routes(app, routeDeps);
  }
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const uiDir = deps.uiDir ?? defaultUiDir;
  if (existsSync(uiDir)) {
    await app.register(fastifyStatic, { root: uiDir, prefix: '/ui/' });
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.sendFile('index.html'));
  } else {
    app.get('/', { schema: { hide: true } }, async () => ({ service: 'coopnews api', ui: `not installed (${uiDir})`, openapi: '/openapi.json' }));
  }
  return app;
}
