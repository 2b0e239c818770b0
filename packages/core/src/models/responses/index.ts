import type { ResponseModel } from '../types.js';
import { expressModel } from './express.js';
import { fastifyModel } from './fastify.js';
import { fetchResponseModel } from './fetch-response.js';
import { graphqlModel } from './graphql.js';
import { honoModel } from './hono.js';
import { koaModel } from './koa.js';
import { nestjsModel } from './nestjs.js';
import { nextjsModel } from './nextjs.js';
import { trpcModel } from './trpc.js';

/** Every framework (response) model. */
export const RESPONSE_MODELS: readonly ResponseModel[] = [
  expressModel,
  fastifyModel,
  koaModel,
  honoModel,
  nextjsModel,
  fetchResponseModel,
  nestjsModel,
  graphqlModel,
  trpcModel,
];
