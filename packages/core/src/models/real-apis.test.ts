// Checks the models against the libraries' own type declarations (devDependencies of core):
// `tsc -p tsconfig.test.json` fails when a modelled method does not exist, and the runtime
// assertions fail when a model lists a method that was not checked here.
import type Anthropic from '@anthropic-ai/sdk';
import type { AxiosInstance } from 'axios';
import type { Debugger } from 'debug';
import type { Context as HonoContext } from 'hono';
import type { Context as KoaContext } from 'koa';
import type { FastifyReply } from 'fastify';
import type { Response as ExpressResponse } from 'express';
import type { Got } from 'got';
import type { KyInstance } from 'ky';
import type { Logger as Log4jsLogger } from 'log4js';
import type { Logger as NestLogger } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import type { Logger as WinstonLogger } from 'winston';
import type BunyanLogger from 'bunyan';
import type { Analytics } from '@segment/analytics-node';
import type { PostHog } from 'posthog-node';
import type { Scope } from '@sentry/core';
import type { ChatSession, GenerativeModel } from '@google/generative-ai';
import type { GoogleGenAI } from '@google/genai';
import type { MailService } from '@sendgrid/mail';
import type { Transporter } from 'nodemailer';
import type { OpenAI } from 'openai';
import type { Stripe } from 'stripe';
import type { Resend } from 'resend';
import type { ServerClient } from 'postmark';
import type { Svix } from 'svix';
import type { Twilio } from 'twilio';
import type mixpanel from 'mixpanel';
import type { PhoneNumber, PhoneNumberUtil } from 'google-libphonenumber';
import { describe, expect, it } from 'vitest';
import type { HttpClientModel, ResponseModel } from './types.js';
import { axiosModel } from './http-clients/axios.js';
import { gotModel } from './http-clients/got.js';
import { kyModel } from './http-clients/ky.js';
import { undiciModel } from './http-clients/undici.js';
import { bunyanModel } from './loggers/bunyan.js';
import { log4jsModel } from './loggers/log4js.js';
import { nestjsLoggerModel } from './loggers/nestjs-logger.js';
import { pinoModel } from './loggers/pino.js';
import { winstonModel } from './loggers/winston.js';
import { expressModel } from './responses/express.js';
import { fastifyModel } from './responses/fastify.js';
import { honoModel } from './responses/hono.js';
import { koaModel } from './responses/koa.js';
import { amplitudeModel } from './third-party/amplitude.js';
import { anthropicModel } from './third-party/anthropic.js';
import { datadogModel } from './third-party/datadog.js';
import { googleGenerativeAiModel } from './third-party/google-generative-ai.js';
import { mixpanelModel } from './third-party/mixpanel.js';
import { nodemailerModel } from './third-party/nodemailer.js';
import { openaiModel } from './third-party/openai.js';
import { stripeModel } from './third-party/stripe.js';
import { postmarkModel } from './third-party/postmark.js';
import { posthogModel } from './third-party/posthog.js';
import { resendModel } from './third-party/resend.js';
import { segmentModel } from './third-party/segment.js';
import { sendgridModel } from './third-party/sendgrid.js';
import { sentryModel } from './third-party/sentry.js';
import { svixModel } from './third-party/svix.js';
import { twilioModel } from './third-party/twilio.js';
import { vercelAiModel } from './third-party/vercel-ai.js';
import { findDerivation } from './derivations.js';

// The type at a dotted path below T (`chat.completions.create`); `''` is T itself.
type Resolve<T, P extends string> = P extends ''
  ? T
  : P extends `${infer Head}.${infer Rest}`
    ? Head extends keyof T
      ? Resolve<NonNullable<T[Head]>, Rest>
      : never
    : P extends keyof T
      ? T[P]
      : never;

type IsCallable<T> = [T] extends [never] ? false : T extends (...args: never[]) => unknown ? true : false;

/** Returns the paths, compiling only when each one names a function on T. */
function checkMethods<T>() {
  return <const P extends readonly string[]>(
    paths: P & { readonly [K in keyof P]: IsCallable<Resolve<T, P[K] & string>> extends true ? P[K] : `not a method of the type: ${P[K] & string}` },
  ): readonly string[] => paths;
}

function expectCovered(model: { readonly id: string; readonly methods: readonly string[] }, ...verified: (readonly string[])[]): void {
  const checked = new Set(verified.flat());
  expect(model.methods.filter((method) => !checked.has(method)), model.id).toEqual([]);
}

describe('logger models match the loggers\' declarations', () => {
  it('pino', () => {
    expectCovered(pinoModel, checkMethods<PinoLogger>()(['fatal', 'error', 'warn', 'info', 'debug', 'trace']));
    checkMethods<PinoLogger>()(['child']);
  });

  it('winston', () => {
    expectCovered(winstonModel, checkMethods<WinstonLogger>()(['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']));
    checkMethods<WinstonLogger>()(['child']);
    checkMethods<typeof import('winston')>()(['createLogger', 'info', 'loggers.get']);
  });

  it('bunyan', () => {
    expectCovered(bunyanModel, checkMethods<BunyanLogger>()(['fatal', 'error', 'warn', 'info', 'debug', 'trace']));
    checkMethods<BunyanLogger>()(['child']);
  });

  it('debug', () => {
    checkMethods<Debugger>()(['', 'extend']);
  });

  it('log4js', () => {
    expectCovered(log4jsModel, checkMethods<Log4jsLogger>()(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log', 'addContext']));
  });

  it('nestjs-logger, on instances and statically', () => {
    const methods = checkMethods<NestLogger>()(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']);
    expectCovered(nestjsLoggerModel, methods);
    checkMethods<typeof NestLogger>()(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']);
  });
});

describe('third-party models match the SDKs\' declarations', () => {
  it('sentry (top-level API and Scope)', () => {
    const scope = checkMethods<Scope>()(['captureException', 'captureMessage', 'captureEvent', 'setUser', 'setContext', 'setExtra', 'setExtras', 'setTag', 'setTags', 'addBreadcrumb']);
    const api = checkMethods<typeof import('@sentry/core')>()([
      'captureException',
      'captureMessage',
      'captureEvent',
      'captureFeedback',
      'setUser',
      'setContext',
      'setExtra',
      'setExtras',
      'setTag',
      'setTags',
      'addBreadcrumb',
      'logger.trace',
      'logger.debug',
      'logger.info',
      'logger.warn',
      'logger.error',
      'logger.fatal',
      'withScope',
      'getCurrentScope',
      'getIsolationScope',
      'getGlobalScope',
    ]);
    expectCovered(sentryModel, scope, api);
  });

  it('segment', () => {
    expectCovered(segmentModel, checkMethods<Analytics>()(['track', 'identify', 'page', 'screen', 'group', 'alias']));
  });

  it('mixpanel (Node SDK; register and register_once are mixpanel-browser only)', () => {
    const node = checkMethods<mixpanel.Mixpanel>()([
      'track',
      'track_batch',
      'import',
      'import_batch',
      'alias',
      'people.set',
      'people.set_once',
      'people.union',
      'people.append',
      'people.track_charge',
      'groups.set',
      'groups.set_once',
    ]);
    expectCovered(mixpanelModel, node, ['identify', 'register', 'register_once']);
  });

  it('posthog (posthog-node; the rest is posthog-js)', () => {
    const node = checkMethods<PostHog>()(['capture', 'captureImmediate', 'identify', 'identifyImmediate', 'groupIdentify', 'alias', 'aliasImmediate', 'captureException']);
    expectCovered(posthogModel, node, ['group', 'register', 'register_once', 'setPersonProperties', 'people.set', 'people.set_once']);
  });

  it('amplitude (Node SDK; setUserId is the browser SDK\'s)', () => {
    const node = checkMethods<typeof import('@amplitude/analytics-node')>()(['track', 'logEvent', 'identify', 'groupIdentify', 'setGroup', 'revenue']);
    expectCovered(amplitudeModel, node, ['setUserId']);
  });

  it('datadog browser RUM and logs (dd-trace span methods are checked against its docs)', () => {
    const rum = checkMethods<typeof import('@datadog/browser-rum').datadogRum>()([
      'addAction',
      'addError',
      'setUser',
      'setUserProperty',
      'setGlobalContext',
      'setGlobalContextProperty',
      'setAccount',
    ]);
    const logs = checkMethods<typeof import('@datadog/browser-logs').datadogLogs>()([
      'logger.debug',
      'logger.info',
      'logger.warn',
      'logger.error',
      'logger.log',
      'setUser',
      'setGlobalContext',
      'setGlobalContextProperty',
      'createLogger',
      'getLogger',
    ]);
    const logger = checkMethods<import('@datadog/browser-logs').Logger>()(['debug', 'info', 'warn', 'error', 'log']);
    // dd-trace is not installed here (native build); its span API is OpenTracing's and its user API `tracer.appsec`.
    expectCovered(datadogModel, rum, logs, logger, ['setTag', 'addTags', 'appsec.setUser', 'appsec.trackUserLoginSuccessEvent', 'appsec.trackUserLoginFailureEvent', 'appsec.trackCustomEvent']);
  });

  it('stripe', () => {
    expectCovered(
      stripeModel,
      checkMethods<Stripe>()([
        'customers.create',
        'customers.update',
        'paymentIntents.create',
        'paymentIntents.update',
        'setupIntents.create',
        'checkout.sessions.create',
        'subscriptions.create',
        'subscriptions.update',
        'invoices.create',
        'charges.create',
      ]),
    );
  });

  it('openai', () => {
    expectCovered(
      openaiModel,
      checkMethods<OpenAI>()([
        'chat.completions.create',
        'chat.completions.parse',
        'chat.completions.stream',
        'responses.create',
        'responses.parse',
        'responses.stream',
        'completions.create',
        'embeddings.create',
        'moderations.create',
        'images.generate',
        'images.edit',
        'audio.speech.create',
        'beta.threads.create',
        'beta.threads.messages.create',
        'beta.threads.runs.create',
        'conversations.create',
        'conversations.items.create',
      ]),
    );
  });

  it('anthropic', () => {
    expectCovered(
      anthropicModel,
      checkMethods<Anthropic>()(['messages.create', 'messages.stream', 'messages.countTokens', 'messages.batches.create', 'beta.messages.create', 'beta.messages.stream']),
    );
  });

  it('google generative ai (both SDKs)', () => {
    const model = checkMethods<GenerativeModel>()(['generateContent', 'generateContentStream', 'countTokens', 'embedContent', 'batchEmbedContents', 'startChat']);
    const chat = checkMethods<ChatSession>()(['sendMessage', 'sendMessageStream']);
    const genai = checkMethods<GoogleGenAI>()(['models.generateContent', 'models.generateContentStream', 'models.embedContent', 'models.countTokens', 'chats.create']);
    expectCovered(googleGenerativeAiModel, model, chat, genai);
  });

  it('vercel ai', () => {
    expectCovered(vercelAiModel, checkMethods<typeof import('ai')>()(['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany']));
  });

  it('svix', () => {
    expectCovered(svixModel, checkMethods<Svix>()(['message.create']));
  });

  it('twilio', () => {
    expectCovered(twilioModel, checkMethods<Twilio>()(['messages.create', 'calls.create']));
  });

  it('sendgrid', () => {
    expectCovered(sendgridModel, checkMethods<MailService>()(['send', 'sendMultiple']));
  });

  it('nodemailer', () => {
    expectCovered(nodemailerModel, checkMethods<Transporter>()(['sendMail']));
  });

  it('resend', () => {
    expectCovered(resendModel, checkMethods<Resend>()(['emails.send', 'emails.create', 'batch.send', 'batch.create', 'contacts.create', 'contacts.update']));
  });

  it('postmark', () => {
    expectCovered(postmarkModel, checkMethods<ServerClient>()(['sendEmail', 'sendEmailBatch', 'sendEmailWithTemplate', 'sendEmailBatchWithTemplates']));
  });
});

/** Returns the keys, compiling only when each one is a key of T (an options type or a module). */
function checkKeys<T>() {
  return <const P extends readonly string[]>(keys: P & { readonly [K in keyof P]: P[K] extends keyof T ? P[K] : `not a key of the type: ${P[K] & string}` }): readonly string[] => keys;
}

function expectKeysCovered(id: string, keys: readonly string[], ...verified: (readonly string[])[]): void {
  const checked = new Set(verified.flat());
  expect(keys.filter((key) => !checked.has(key)), id).toEqual([]);
}

describe('receivers name real exports', () => {
  it('loggers', () => {
    checkKeys<typeof import('pino')>()(['default', 'pino']);
    checkKeys<typeof import('winston')>()(['createLogger', 'loggers']);
    checkKeys<typeof import('log4js')>()(['getLogger']);
    checkKeys<typeof import('@nestjs/common')>()(['Logger', 'ConsoleLogger']);
  });

  it('third-party SDKs', () => {
    checkKeys<typeof import('@segment/analytics-node')>()(['Analytics', 'default']);
    checkKeys<typeof import('mixpanel')>()(['init']);
    checkKeys<typeof import('posthog-node')>()(['PostHog']);
    checkKeys<typeof import('@amplitude/analytics-node')>()(['createInstance', 'track']);
    checkKeys<typeof import('@datadog/browser-rum')>()(['datadogRum']);
    checkKeys<typeof import('@datadog/browser-logs')>()(['datadogLogs']);
    checkKeys<typeof import('openai')>()(['default', 'OpenAI', 'AzureOpenAI']);
    checkKeys<typeof import('@anthropic-ai/sdk')>()(['default', 'Anthropic']);
    checkKeys<typeof import('@google/generative-ai')>()(['GoogleGenerativeAI']);
    checkKeys<typeof import('@google/genai')>()(['GoogleGenAI']);
    checkKeys<typeof import('svix')>()(['Svix']);
    checkKeys<typeof import('stripe')>()(['default', 'Stripe']);
    // twilio and @sendgrid/mail are `export =` modules: their default import is the module itself.
    checkKeys<typeof import('twilio')>()(['Twilio']);
    checkMethods<typeof import('@sendgrid/mail')>()(['send']);
    checkKeys<typeof import('resend')>()(['Resend']);
    checkKeys<typeof import('postmark')>()(['ServerClient']);
  });

  it('HTTP clients and frameworks', () => {
    checkKeys<typeof import('axios')>()(['default']);
    checkKeys<typeof import('got')>()(['default']);
    checkKeys<typeof import('undici')>()(['request', 'fetch', 'stream', 'Client', 'Pool']);
    checkKeys<typeof import('ky')>()(['default']);
    // express and fastify are `export =` modules: the default import is the factory itself.
    checkKeys<typeof import('express')>()(['Router']);
    checkKeys<typeof import('fastify')>()(['default', 'fastify']);
    checkKeys<typeof import('@koa/router')>()(['default', 'Router']);
    checkKeys<typeof import('hono')>()(['Hono']);
    checkKeys<typeof import('hono/http-exception')>()(['HTTPException']);
    checkKeys<typeof import('@nestjs/common')>()(['Controller', 'Get', 'Post', 'Put', 'Patch', 'Delete', 'Head', 'Options', 'All', 'Sse', 'Req', 'Request', 'Res', 'Response', 'Header', 'HttpCode', 'Redirect', 'Render', 'HttpException', 'NotFoundException', 'ClassSerializerInterceptor', 'UseGuards']);
    checkKeys<typeof import('@trpc/server')>()(['TRPCError', 'initTRPC']);
    checkKeys<typeof import('graphql')>()(['GraphQLError']);
  });
});

describe('HTTP client option keys are real options', () => {
  it('axios', async () => {
    const { axiosModel } = await import('./http-clients/axios.js');
    expectKeysCovered('axios', axiosModel.dataKeys, checkKeys<import('axios').AxiosRequestConfig>()(['data', 'params', 'headers', 'auth']));
    checkKeys<import('axios').CreateAxiosDefaults>()(['baseURL']);
  });

  it('got', () => {
    expectKeysCovered('got', gotModel.dataKeys, checkKeys<import('got').OptionsInit>()(['json', 'body', 'form', 'searchParams', 'headers']));
    checkKeys<import('got').OptionsInit>()(['prefixUrl', 'url']);
  });

  it('undici', () => {
    type RequestOptions = NonNullable<Parameters<typeof import('undici').request>[1]>;
    expectKeysCovered('undici', undiciModel.dataKeys, checkKeys<RequestOptions>()(['body', 'headers', 'query']));
  });

  it('ky 2 (prefixUrl is ky 1)', () => {
    expectKeysCovered('ky', kyModel.dataKeys, checkKeys<import('ky').Options>()(['json', 'body', 'searchParams', 'headers']));
    checkKeys<import('ky').Options>()(['baseUrl', 'prefix']);
  });

  it('fetch', async () => {
    const { fetchModel } = await import('./http-clients/fetch.js');
    expectKeysCovered('fetch', fetchModel.dataKeys, checkKeys<RequestInit>()(['body', 'headers']));
  });
});

function expectCallsCovered(model: HttpClientModel, ...verified: (readonly string[])[]): void {
  expectCovered({ id: model.id, methods: model.calls.map((call) => call.method) }, ...verified);
}

describe('HTTP client models match the clients\' declarations', () => {
  it('axios', () => {
    expectCallsCovered(axiosModel, checkMethods<AxiosInstance>()(['', 'request', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']));
    checkMethods<typeof import('axios').default>()(['create']);
  });

  it('got', () => {
    expectCallsCovered(gotModel, checkMethods<Got>()(['', 'get', 'post', 'put', 'patch', 'delete', 'head', 'stream']));
    checkMethods<Got>()(['extend']);
  });

  it('undici', () => {
    // `''`: the functions imported by name and called directly (`import { request } from 'undici'`).
    expectCallsCovered(undiciModel, checkMethods<typeof import('undici')>()(['request', 'fetch', 'stream']), checkMethods<typeof import('undici').request>()(['']), checkMethods<typeof import('undici').fetch>()(['']));
  });

  it('ky', () => {
    expectCallsCovered(kyModel, checkMethods<KyInstance>()(['', 'get', 'post', 'put', 'patch', 'delete', 'head']));
    checkMethods<KyInstance>()(['create', 'extend']);
  });
});

function expectWritesCovered(model: ResponseModel, ...verified: (readonly string[])[]): void {
  expectCovered({ id: model.id, methods: [...new Set(model.writes.map((write) => write.method))] }, ...verified);
}

describe('response models match the frameworks\' declarations', () => {
  it('express', () => {
    expectWritesCovered(
      expressModel,
      checkMethods<ExpressResponse>()([
        'json',
        'jsonp',
        'send',
        'end',
        'write',
        'render',
        'set',
        'header',
        'setHeader',
        'append',
        'cookie',
        'location',
        'redirect',
        'attachment',
        'links',
        'status',
        'sendStatus',
        'writeHead',
      ]),
    );
  });

  it('fastify (sensible helpers come from @fastify/sensible, view from @fastify/view)', () => {
    expectWritesCovered(
      fastifyModel,
      checkMethods<FastifyReply>()(['send', 'header', 'headers', 'redirect', 'code', 'status']),
      ['view', 'badRequest', 'unauthorized', 'forbidden', 'notFound', 'conflict', 'gone', 'tooManyRequests', 'internalServerError', 'getHttpError'],
    );
  });

  it('koa', () => {
    expectWritesCovered(
      koaModel,
      checkMethods<KoaContext>()(['set', 'append', 'redirect', 'attachment', 'cookies.set', 'response.set', 'response.append', 'response.redirect', 'throw', 'assert']),
    );
  });

  it('hono', () => {
    expectWritesCovered(honoModel, checkMethods<HonoContext>()(['json', 'text', 'html', 'body', 'newResponse', 'render', 'header', 'status', 'redirect']));
  });
});

describe('route registration and exceptions match the frameworks\' declarations', () => {
  it('express apps and routers register every modelled method', async () => {
    const { expressModel: model } = await import('./responses/express.js');
    const route = model.routes[0];
    expect(route).toBeDefined();
    const verified = checkMethods<import('express').Router>()(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all', 'use', 'route']);
    expectKeysCovered('express routes', [...(route?.methods ?? []), ...(route?.pathBuilders ?? []).map((b) => b.method)], verified);
  });

  it('fastify instances register every modelled method and hook', () => {
    const verified = checkMethods<import('fastify').FastifyInstance>()(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all', 'route', 'addHook']);
    const route = fastifyModel.routes[0];
    expectKeysCovered('fastify routes', [...(route?.methods ?? []), ...(route?.scopeMethods ?? []), ...(fastifyModel.routeOptions ?? []).flatMap((o) => o.methods)], verified);
    const hooks = checkKeys<import('fastify').RouteShorthandOptions>()(['onRequest', 'preParsing', 'preValidation', 'preHandler']);
    expectKeysCovered('fastify hooks', route?.hookOptionKeys ?? [], hooks);
    checkKeys<import('fastify').RouteOptions>()(['method', 'url', 'handler', 'onRequest', 'preHandler']);
  });

  it('@koa/router registers every modelled method', () => {
    const verified = checkMethods<import('@koa/router').Router>()(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all', 'use']);
    expectKeysCovered('koa routes', koaModel.routes[0]?.methods ?? [], verified);
  });

  it('hono registers every modelled method', () => {
    const verified = checkMethods<import('hono').Hono>()(['get', 'post', 'put', 'patch', 'delete', 'options', 'all', 'on', 'use']);
    expectKeysCovered('hono routes', honoModel.routes[0]?.methods ?? [], verified);
  });

  it('exception option keys exist', async () => {
    const { graphqlModel } = await import('./responses/graphql.js');
    const { nestjsModel } = await import('./responses/nestjs.js');
    const { trpcModel } = await import('./responses/trpc.js');
    type HonoExceptionOptions = NonNullable<ConstructorParameters<typeof import('hono/http-exception').HTTPException>[1]>;
    type TrpcErrorOptions = ConstructorParameters<typeof import('@trpc/server').TRPCError>[0];
    type NestExceptionOptions = NonNullable<ConstructorParameters<typeof import('@nestjs/common').HttpException>[2]>;
    expectKeysCovered('hono', honoModel.exceptions?.[0]?.optionKeys ?? [], checkKeys<HonoExceptionOptions>()(['message', 'res']));
    expectKeysCovered('graphql', graphqlModel.exceptions?.[0]?.optionKeys ?? [], checkKeys<import('graphql').GraphQLErrorOptions>()(['extensions']));
    expectKeysCovered('trpc', trpcModel.exceptions?.[0]?.optionKeys ?? [], checkKeys<TrpcErrorOptions>()(['message']));
    expectKeysCovered('nestjs', nestjsModel.exceptions?.[0]?.optionKeys ?? [], checkKeys<NestExceptionOptions>()(['description']));
  });
});

describe('derivations match google-libphonenumber', () => {
  it('has the getters and util methods the derivations name', () => {
    const number = checkMethods<PhoneNumber>()(['getCountryCode', 'getExtension', 'getItalianLeadingZero', 'getNationalNumber', 'getRawInput']);
    const util = checkMethods<PhoneNumberUtil>()(['parse', 'parseAndKeepRawInput', 'format', 'formatInOriginalFormat', 'formatOutOfCountryCallingNumber', 'getRegionCodeForNumber']);
    for (const name of number) expect(findDerivation('phone', 'method', name)?.module).toBe('google-libphonenumber');
    for (const name of util) expect(findDerivation('phone', 'call', name)).toBeDefined();
    checkMethods<PhoneNumberUtil>()(['getNumberType', 'isValidNumber', 'isPossibleNumber']);
  });
});
