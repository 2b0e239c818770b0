import type { SanitizerModel } from '../types.js';

/** class-transformer `@Exclude()` fields, honoured only when a class instance is serialised by it. */
export const classTransformerExclude: SanitizerModel = {
  id: 'class-transformer-exclude',
  title: 'class-transformer @Exclude with ClassSerializerInterceptor',
  kind: 'serializer-exclude',
  mode: 'denylist',
  calls: [{ module: 'class-transformer', callee: 'Exclude' }],
  requires: [
    { module: '@nestjs/common', callee: 'ClassSerializerInterceptor' },
    { module: 'class-transformer', callee: 'instanceToPlain' },
    { module: 'class-transformer', callee: 'classToPlain' },
  ],
  removes: 'all',
  notes:
    'Policy point 7: only on a class instance (`new UserEntity(row)`, `plainToInstance(UserEntity, row)`) and only where `ClassSerializerInterceptor` applies (`@UseInterceptors`, `APP_INTERCEPTOR`, `app.useGlobalInterceptors`) or `instanceToPlain` is called. A plain object returned from a handler is sent whole. `@Expose()` with `excludeExtraneousValues: true` is an allowlist.',
};
