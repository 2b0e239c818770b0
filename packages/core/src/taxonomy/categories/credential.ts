import type { CategoryDefinition } from '../category.js';

/** `credential`: Credentials. */
export const credential: CategoryDefinition = {
  id: 'credential',
  title: 'Credentials',
  why: 'A password, token, key or stored password hash lets whoever reads it act as the user or crack their password offline; it must never leave the authentication code path.',
  defaultSeverity: { log: 'high', response: 'high', 'third-party': 'high' },
  names: {
    terms: [
      // passwords and their stored hashes (a hash is crackable offline)
      'password', 'passwd', 'pwd', 'pw', 'passphrase', 'passcode', 'password hash', 'password digest',
      'hashed password', 'password hashed', 'encrypted password', 'pwd hash', 'pw hash', 'pass hash', 'passwd hash',
      'hashed pwd', 'passwort', 'kennwort', 'senha', 'contrasena', 'contraseña', 'mot de passe', 'motdepasse',
      // keys and secrets
      'api key', 'apikey', 'api secret', 'secret access key', 'secret key', 'secretkey', 'private key',
      'privatekey', 'priv key', 'privkey', 'signing key', 'encryption key', 'master key', 'session key', 'auth key',
      'hmac key', 'secret value', 'session id', 'sessionid', 'set cookie', 'auth header',
      // a bare `sid` is as often a provider's resource id (Twilio `message.sid`): only a session's or a
      // cookie jar's `sid` (`session.sid`, `cookies.sid`, express-session's `connect.sid`) is its id
      'session sid', 'sess sid', 'cookie sid', 'connect sid',
      // one-time codes, seeds and recovery secrets
      'otp code', 'otp value', 'totp', 'totp seed', 'mfa seed', 'otp seed', 'two factor seed', 'seed phrase',
      'recovery phrase', 'mnemonic phrase', 'verification code', 'auth code', 'authorization code', 'code verifier',
      'recovery code', 'backup code', 'login code', 'confirmation code', 'reset code', 'activation code',
      'access code', 'one time code', 'one time password', '2fa code', 'mfa code', 'two factor code',
      'security answer', 'secret answer', 'pin number',
      // URLs and strings that embed a password, a login token or a TOTP seed
      'connection string', 'connection url', 'connection uri', 'database url', 'database uri', 'db url', 'db uri',
      'mongo uri', 'mongo url', 'mongodb uri', 'mongodb url', 'redis url', 'postgres url', 'postgresql url',
      'mysql url', 'amqp url', 'rabbitmq url', 'dsn', 'magic link', 'login link', 'otpauth url', 'otpauth uri',
      'totp uri',
    ],
    suffixTerms: [
      // ambiguous words, counted only at the end: tokenBalance, secretName, pinCode, passThrough, cookieDomain
      'credential', 'creds', 'token', 'accesstoken', 'refreshtoken', 'authtoken', 'reset token', 'unlock token', 'sign in token',
      'refresh token', 'secret', 'pin', 'pass', 'cookie', 'authorization', 'bearer', 'jwt', 'otp',
    ],
    notTerms: [
      // tokens that are not credentials: pagination, cancellation, LLM usage, lexers, push addresses
      'page token', 'next token', 'next page token', 'pagination token', 'continuation token', 'cursor token',
      'sync token', 'cancel token', 'cancellation token', 'design token', 'max token', 'total token', 'input token',
      'output token', 'prompt token', 'completion token', 'cached token', 'reasoning token', 'lexer token',
      'syntax token', 'parsed token', 'option token', 'positional token', 'ast token', 'keyword token',
      'operator token', 'literal token', 'punctuation token', 'first token', 'last token', 'end of file token',
      'eof token', 'trivia token', 'template token', 'node or token', 'device token', 'push token', 'fcm token',
      'apns token',
      // lexer and parser token kinds (TypeScript's SyntaxKind, acorn, postcss): punctuation, keywords
      // and positions in a token stream hold source text, never a secret
      'ampersand token', 'bar token', 'equals token', 'question token', 'comma token', 'colon token',
      'semicolon token', 'minus token', 'plus token', 'asterisk token', 'slash token', 'percent token',
      'caret token', 'than token', 'exclamation token', 'dot token', 'brace token', 'paren token',
      'bracket token', 'arrow token', 'tilde token', 'backslash token', 'backtick token', 'punctuator token',
      'jsx token', 'readonly token', 'await token', 'async token', 'as token', 'var token', 'type or token',
      'start token', 'end token', 'prev token', 'previous token', 'before token', 'after token', 'left token',
      'right token', 'finish token', 'opening token', 'closing token', 'open token', 'close token',
      'second token', 'penultimate token', 'preceding token', 'trailing token', 'starting token', 'curr token',
      'character token', 'tag token', 'item token', 'body token', 'object token', 'callee token', 'string token',
      'func token', 'function token', 'name token', 'curly token', 'star token', 'semi token', 'space token',
      'meaningful token', 'comment or token', 'missing token', 'modifier token', 'at token', 'arg token',
      'culprit token', 'policy token', 'else token', 'of token', 'if token', 'constructor token',
      'export token', 'import token', 'class token', 'return token', 'block token', 'alternate token',
      'consequent token', 'replacement token', 'relevant token', 'remaining token', 'whitespace token',
      'spaced token', 'candidate token', 'insertion token', 'offset token', 'eq token', 'equal token',
      'value token', 'key token',
      // MCP progress tokens correlate notifications; swap pairs name assets
      'progress token', 'from token', 'base token',
      // dependency-injection tokens (Angular, NestJS) and LLM usage counters
      'injection token', 'cache read token', 'cache write token', 'cache creation token', 'prediction token',
      'audio token', 'image token', 'text token', 'content token', 'max new token', 'budget token',
      // passes that are tickets or rendering steps
      'boarding pass', 'bus pass', 'season pass', 'day pass', 'guest pass', 'hall pass', 'first pass',
      'second pass', 'render pass', 'single pass', 'multi pass', 'shadow pass', 'test pass', 'all pass',
      'compute pass', 'depth pass', 'stencil pass', 'time pass', 'fix pass', 'passes',
      // identifiers and public halves
      'account sid', 'message sid', 'call sid', 'service sid', 'api key sid', 'public key credential', 'sentry dsn',
      'map pin', 'location pin', 'drop pin', 'gpio pin', 'pins',
    ],
  },
  valueDetectors: ['pem-private-key', 'jwt', 'aws-access-key', 'aws-secret-key', 'stripe-key', 'github-token', 'slack-webhook', 'slack-token', 'google-api-key', 'openai-key'],
  examples: {
    names: [
      'password', 'passwordHash', 'password_digest', 'hashedPassword', 'encryptedPassword', 'pwdHash',
      'DB_PASSWORD', 'apiKey', 'x-api-key', 'sessionId', 'refreshToken', 'Authorization', 'cookie', 'privateKey',
      'totpSeed', 'clientSecret',
    ],
    notNames: [
      'passwordPolicy', 'hasPassword', 'isPasswordSet', 'passwordMinLength', 'passwordResetSent',
      'passwordChangedAt', 'tokenExpiresAt', 'tokenType', 'tokenTtl', 'sessionTimeout', 'tokenizer', 'publicKey',
      'primaryKey', 'idempotencyKey', 'secretary', 'passenger', 'bypass', 'nextPageToken', 'maxTokens',
      'cookieConsent', 'resetPasswordUrl', 'sid', 'messageSid',
    ],
    values: [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmYWtlLXVzZXIifQ.ZmFrZS1zaWduYXR1cmU',
      '-----BEGIN ' + 'PRIVATE KEY-----\\nRkFLRS1GQUtFLUZBS0UtRkFLRQ==\\n-----END ' + 'PRIVATE KEY-----',
      'AKIA' + 'IOSFODNN7EXAMPLE',
      'aws_secret_access_key=' + 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'sk_' + 'test_' + 'FAKEfake0000FAKEfake0000',
      'ghp_' + 'FAKEfake0000FAKEfake0000FAKEfake0000',
      'https://hooks.slack.com/services/' + 'T00000000/B00000000/FAKEfakeFAKEfakeFAKEfake',
      'xoxb-' + '000000000000-0000000000000-FAKEfakeFAKEfakeFAKEfake',
      'AIza' + 'FAKEfake0000FAKEfake0000FAKEfake000',
      'sk-proj-' + 'FAKEfake0123456789FAKEfake0123456789',
    ],
    notValues: [
      'eyJub3QiOiJhIHRva2VuIn0.eyJ4IjoxfQ.c2ln',
      '-----BEGIN PUBLIC KEY-----',
      'AKIA1234',
      'sk_live_short',
      'pk_live_FAKEfake0000FAKEfake0000',
      'ghp_tooShort',
      'sk-button-primary-large-variant-outline',
      'd41d8cd98f00b204e9800998ecf8427e',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
  },
};
