import type { SanitizerModel } from '../types.js';
import { booleanConversion } from './boolean-conversion.js';
import { cardLastFour } from './card-last-four.js';
import { classTransformerExclude } from './class-transformer-exclude.js';
import { coarseLocation } from './coarse-location.js';
import { dtoMapping } from './dto-mapping.js';
import { hashHelpers } from './hash-helpers.js';
import { ibanCountry } from './iban-country.js';
import { jsonStringifyReplacer } from './json-stringify-replacer.js';
import { lengthCount } from './length-count.js';
import { maskHelpers } from './mask-helpers.js';
import { mongooseSelect } from './mongoose-select.js';
import { mongooseSelectFalse } from './mongoose-select-false.js';
import { mongooseToJson } from './mongoose-to-json.js';
import { nodeCryptoHash } from './node-crypto-hash.js';
import { nodeCryptoHmac } from './node-crypto-hmac.js';
import { objectRest } from './object-rest.js';
import { omit } from './omit.js';
import { passwordHash } from './password-hash.js';
import { phoneNumberType } from './phone-number-type.js';
import { pick } from './pick.js';
import { pinoRedact } from './pino-redact.js';
import { prismaOmit } from './prisma-omit.js';
import { prismaSelect } from './prisma-select.js';
import { serverAddress } from './server-address.js';
import { typeormSelect } from './typeorm-select.js';
import { typeormSelectFalse } from './typeorm-select-false.js';
import { webCryptoDigest } from './web-crypto-digest.js';
import { zodParse } from './zod-parse.js';

/** Every sanitizer and projection: hashes, masks, projections, logger redaction and conversions. */
export const SANITIZERS: readonly SanitizerModel[] = [
  nodeCryptoHash,
  nodeCryptoHmac,
  webCryptoDigest,
  passwordHash,
  hashHelpers,
  maskHelpers,
  cardLastFour,
  ibanCountry,
  pick,
  omit,
  objectRest,
  dtoMapping,
  zodParse,
  prismaSelect,
  prismaOmit,
  classTransformerExclude,
  pinoRedact,
  jsonStringifyReplacer,
  booleanConversion,
  lengthCount,
  coarseLocation,
  phoneNumberType,
  serverAddress,
  typeormSelect,
  typeormSelectFalse,
  mongooseSelect,
  mongooseSelectFalse,
  mongooseToJson,
];
