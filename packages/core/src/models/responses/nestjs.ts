import type { ResponseModel } from '../types.js';

/** NestJS controllers: decorators declare routes, the return value is the body, HttpExceptions answer too. */
export const nestjsModel: ResponseModel = {
  id: 'nestjs',
  title: 'NestJS',
  sink: 'response',
  modules: ['@nestjs/common'],
  routes: [],
  decorators: {
    module: '@nestjs/common',
    controller: ['Controller'],
    routes: ['Get', 'Post', 'Put', 'Patch', 'Delete', 'Head', 'Options', 'All', 'Sse'],
    params: { request: ['Req', 'Request'], response: ['Res', 'Response'], writesOn: 'express' },
    responseDecorators: [
      { name: 'Header', part: 'header', args: [0, 1] },
      { name: 'HttpCode', part: 'status', args: [0] },
      { name: 'Redirect', part: 'header', args: [0] },
      { name: 'Render', part: 'body', args: [0] },
    ],
  },
  handlerParams: {},
  handlerParamNames: {},
  writes: [],
  assignments: [],
  constructs: [],
  returnIsBody: true,
  exceptions: [
    {
      module: '@nestjs/common',
      pattern: 'Exception$',
      args: [0, 1],
      optionKeys: ['description'],
      subclasses: true,
    },
  ],
  notes:
    'With `@Res() res` the handler writes through the injected (Express by default) response and its return value is ignored, unless `@Res({ passthrough: true })`. `HttpException(body, status)` sends `body` (a string becomes `message`); `NotFoundException(objectOrMessage, description)` and its siblings send both.',
};
