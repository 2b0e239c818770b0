/**
 * Words that change what a name holds, shared by every category. The classifier finds the
 * sensitive term that ends last in a name (its head) and then reads the words around it with
 * these lists. A category can keep a modifier that is harmless elsewhere (`NameVocabulary.keepModifiers`).
 */
export interface NameModifiers {
  /**
   * After the head, these make the name about the data rather than the data itself: policies,
   * lengths and counts, templates and URLs, events and times, flags, ids, hashes, UI parts,
   * coarse places (`passwordPolicy`, `emailSentAt`, `phoneVerified`, `emailHash`, `ipCountry`).
   */
  readonly harmlessAfter: readonly string[];
  /**
   * After a suffix-only term, these still leave the value in the name (`tokenValue`,
   * `authorizationHeader`, `secretRaw`). Numbers are always transparent.
   */
  readonly transparentAfter: readonly string[];
  /**
   * Before the head, these make a yes/no flag, a question or an error name (`hasPassword`,
   * `isEmailVerified`, `showPassword`, `withCredentials`, `ERR_INVALID_TOKEN`).
   */
  readonly flagWords: readonly string[];
  /** Before the head, these mean the value went through a sanitizer (`hashedEmail`, `sha256Phone`). */
  readonly sanitizerWords: readonly string[];
  /** Before the head, these name a validation library's schema of the value, not the value (`ZodEmail`, `$ZodIPv4Params`). */
  readonly schemaWords: readonly string[];
  /**
   * Before or after the head, these mean a masked or partial value. Masking clears a category
   * unless it names a fragment category (`maskedPhone` → `phone-fragment`).
   */
  readonly maskWords: readonly string[];
  /**
   * As the first word, directly governing the head, these make the name an action or a function
   * (`sendEmail`, `resetPassword`, `validatePhone`). `get`/`fetch`/`load` are absent on purpose:
   * `getPassword()` returns the password.
   */
  readonly actionVerbs: readonly string[];
}

/** The shared modifier vocabulary (see docs/decisions/0001-name-classifier.md). */
export const NAME_MODIFIERS: NameModifiers = {
  harmlessAfter: [
    // policies, limits and measures
    'policy', 'rule', 'requirement', 'min', 'max', 'minimum', 'maximum', 'length', 'len', 'count',
    'counter', 'size', 'limit', 'strength', 'score', 'complexity', 'total', 'quota', 'rate', 'rotation',
    // documents, templates and places in an app
    'template', 'tpl', 'url', 'uri', 'link', 'path', 'route', 'endpoint', 'href', 'page', 'screen',
    'view', 'component', 'modal', 'dialog', 'button', 'label', 'placeholder', 'tooltip', 'description',
    'title', 'message', 'msg', 'error', 'warning', 'subject', 'body', 'content', 'icon', 'image',
    'color', 'style', 'class', 'css', 'width', 'height', 'breakpoint', 'layout', 'menu', 'nav',
    'element', 'el', 'selector', 'locale', 'lang', 'language', 'translation', 'compare', 'comparison',
    // events and times
    'sent', 'at', 'on', 'date', 'time', 'timestamp', 'ts', 'expires', 'expiry', 'expiration',
    'expired', 'ttl', 'timeout', 'duration', 'age', 'interval', 'window', 'delay', 'changed',
    'change', 'updated', 'update', 'created', 'modified', 'reset', 'reminder', 'recovery',
    'requested', 'request', 'attempt', 'retry', 'failure', 'failed', 'delivered', 'bounced',
    'opened', 'clicked', 'received', 'event', 'history',
    // flags and checks
    'enabled', 'disabled', 'enable', 'verified', 'unverified', 'verification', 'confirmed', 'valid',
    'invalid', 'validity', 'validation', 'validator', 'validated', 'required', 'optional', 'set',
    'exists', 'present', 'missing', 'empty', 'match', 'mismatch', 'check', 'checked', 'visible',
    'visibility', 'hidden', 'shown', 'show', 'toggle', 'editable', 'supported', 'available',
    'allowed', 'flag', 'opt', 'consent', 'subscription', 'subscribed', 'unsubscribed', 'preference',
    'notification', 'status', 'state', 'mode', 'type', 'kind', 'format', 'regex', 'regexp',
    'pattern', 'mask', 'schema', 'column',
    // software parts
    'strategy', 'provider', 'service', 'client', 'server', 'manager', 'handler', 'factory', 'helper',
    'util', 'utils', 'lib', 'module', 'config', 'configuration', 'option', 'setting', 'queue', 'job',
    'worker', 'task', 'log', 'report', 'stat', 'metric', 'lookup', 'search', 'filter', 'sort',
    'version', 'domain', 'model', 'brand', 'os', 'app', 'carrier', 'usage', 'used', 'name', 'feature',
    // references to a value instead of the value
    'id', 'uuid', 'identifier', 'ref', 'reference', 'index', 'idx', 'key', 'prefix', 'last', 'context',
    'encoding', 'engine',
    // sanitized forms (policy point 6)
    'hash', 'hashed', 'hmac', 'digest', 'checksum', 'fingerprint', 'salt', 'algorithm', 'algo',
    'cost', 'round',
    // coarse places are outside the taxonomy
    'country', 'city', 'region', 'continent', 'timezone', 'zip', 'postcode',
    'allowlist', 'whitelist', 'blocklist', 'blacklist', 'range', 'subdivision', 'subregion',
    // parts of SDKs and bundles found in real packages (docs/decisions/0004-core-precision-audit.md):
    // Twilio's `PhoneNumberSolution`, zod's `$ZodEmailDef`, `IPv4AddressRegExp` (read `reg exp`)
    'solution', 'capability', 'price', 'pricing', 'parser', 'exports', 'namespace', 'internals', 'def',
    'exp', 'hook', 'retention', 'setter', 'getter', 'api', 'postal', 'provided', 'source',
  ],
  transparentAfter: [
    'value', 'val', 'raw', 'plain', 'plaintext', 'clear', 'cleartext', 'str', 'string', 'input',
    'encrypted', 'enc', 'encoded', 'b64', 'base', 'hex', 'bytes', 'buf', 'buffer', 'header', 'param',
    'arg', 'json', 'jwt', 'pem',
  ],
  flagWords: [
    'is', 'has', 'have', 'had', 'was', 'were', 'should', 'can', 'could', 'must', 'may', 'need',
    'needs', 'did', 'does', 'will', 'allow', 'allows', 'require', 'requires', 'show', 'hide',
    'toggle', 'no', 'with', 'without', 'supports', 'use', 'uses', 'ask', 'err', 'error',
  ],
  sanitizerWords: [
    'hashed', 'hash', 'hmac', 'sha', 'md', 'digest', 'redacted',
    'anonymized', 'anonymised', 'pseudonymized', 'pseudonymised', 'tokenized',
  ],
  schemaWords: ['zod', 'yup', 'joi', 'valibot', 'ajv', 'superstruct'],
  maskWords: ['masked', 'partial', 'truncated', 'obfuscated'],
  actionVerbs: [
    'send', 'resend', 'validate', 'verify', 'check', 'format', 'parse', 'hash', 'mask', 'redact',
    'sanitize', 'sanitise', 'normalize', 'normalise', 'reset', 'change', 'update', 'set', 'generate',
    'regenerate', 'rotate', 'revoke', 'request', 'remove', 'delete', 'clear', 'compare', 'encrypt',
    'decrypt', 'encode', 'decode', 'store', 'save', 'create', 'sign', 'forgot', 'find', 'search',
    'lock', 'unlock', 'ban', 'unban', 'suspend', 'block', 'enter', 'edit', 'add', 'invalidate',
    'expire', 'issue', 'handle', 'notify', 'extract', 'strip', 'omit', 'pick', 'print', 'track',
    'submit', 'display', 'render', 'copy', 'paste', 'recover', 'retry', 'include', 'exclude', 'begin',
    'compute', 'derive',
    // conversions, walkers and callbacks (`convertToken`, `serializeIPv4`, `onToken`)
    'convert', 'serialize', 'deserialize', 'expand', 'throw', 'unmap', 'collect', 'build', 'walk',
    'assert', 'split', 'try', 'on', 'count', 'scan', 'emit', 'ignore', 'analyze', 'score',
  ],
};
