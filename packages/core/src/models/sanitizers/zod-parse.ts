import type { SanitizerModel } from '../types.js';

/** The methods of a zod schema that return a parsed value (the `.parse` family). */
export const ZOD_PARSE_METHODS: readonly string[] = Object.freeze(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'spa', 'decode', 'safeDecode']);

/** zod's `.parse` family on an object schema, which strips unknown keys by default. */
export const zodParse: SanitizerModel = {
  id: 'zod-parse',
  title: 'zod parse with an object schema',
  kind: 'projection',
  mode: 'allowlist',
  calls: ZOD_PARSE_METHODS.map((method) => ({
    module: 'zod',
    callee: method,
  })),
  keepsAll: ['passthrough', 'loose', 'catchall', 'z.looseObject', 'z.any', 'z.unknown', 'z.record', 'z.custom'],
  removes: 'all',
  notes:
    'The schema is the receiver of the call (`UserDto.parse(user)`); only keys declared in `z.object({ … })` survive (`z.strictObject` throws on the others). `.passthrough()`, `.loose()`, `.catchall()`, `z.looseObject` and `z.record` keep every key. A declared key that is sensitive stays sensitive. `.safeParse` results hold the value in `.data`.',
};
