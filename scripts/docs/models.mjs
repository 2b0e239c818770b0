// docs/models.md: every logger, third-party SDK, HTTP client, framework, sanitizer, derivation,
// authentication marker and destination rule, from @leakwatch/core's model data; and
// docs/leakwatch.config.schema.json, the JSON Schema of the config file.
import {
  createConfigJsonSchema,
  DEFAULT_AUTH_MODEL,
  DERIVATIONS,
  DESTINATION_MODEL,
  HTTP_CLIENT_MODELS,
  LOGGER_MODELS,
  RESPONSE_MODELS,
  SANITIZERS,
  THIRD_PARTY_MODELS,
} from '@leakwatch/core';

const HEADER = '<!-- DO NOT EDIT: generated from @leakwatch/core by `pnpm run docs` -->\n';

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => (String(text).includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const codes = (items) => (items?.length ? items.map(code).join(', ') : '');
const method = (name) => (name === '' ? '*(call the receiver)*' : code(name));

function formatReceiver(receiver) {
  switch (receiver.kind) {
    case 'global':
      return `global ${code(receiver.path)}`;
    case 'property':
      return `property ${code(receiver.path)}`;
    case 'import':
      return receiver.export === '*'
        ? `${code(`import * as … from '${receiver.module}'`)}`
        : receiver.export === 'default'
          ? `${code(`import … from '${receiver.module}'`)}`
          : `${code(`import { ${receiver.export} } from '${receiver.module}'`)}`;
    case 'factory': {
      const base = receiver.export === 'default' ? '<default>' : receiver.export === '*' ? '<namespace>' : receiver.export;
      const callee = receiver.path ? `${base}.${receiver.path}` : base;
      return `${code(`${receiver.construct ? 'new ' : ''}${callee}(…)`)} from ${code(receiver.module)}`;
    }
    case 'type':
      return `type ${code(receiver.name)} from ${code(receiver.module)}`;
    case 'name':
      return `name ${code(`/${receiver.pattern}/i`)}`;
    default:
      throw new Error(`unknown receiver kind ${receiver.kind}`);
  }
}

function renderCallSinkTable(models, { delivery }) {
  const head = delivery
    ? ['| id | modules | receivers | sink methods | derive / callbacks | delivery to the data subject | notes |', '|---|---|---|---|---|---|---|']
    : ['| id | modules | receivers | sink methods | derive | notes |', '|---|---|---|---|---|---|'];
  const rows = models.map((m) => {
    const args = m.args ? ` (arguments ${m.args.join(', ')})` : '';
    const derive = [codes(m.derive), ...(m.callbacks ?? []).map((c) => `${code(c.method)} callback parameter ${c.param}`)].filter(Boolean).join('; ');
    const cells = [code(m.id), codes(m.modules) || '*(global)*', m.receivers.map(formatReceiver).join('<br>'), m.methods.map(method).join(', ') + args, derive];
    if (delivery) cells.push(m.deliveryMethods ? `${codes(m.deliveryMethods)}; recipient in ${codes(m.recipientKeys)}` : '');
    cells.push(cell(m.notes));
    return `| ${cells.join(' | ')} |`;
  });
  return [...head, ...rows];
}

function renderHttpClients() {
  const lines = ['| id | modules | receivers | calls: URL / data | data keys | derived clients | notes |', '|---|---|---|---|---|---|---|'];
  for (const m of HTTP_CLIENT_MODELS) {
    const calls = m.calls
      .map((c) => {
        const data = c.dataArgs.map((a) => (typeof a === 'number' ? `arg ${a}` : `options at ${a.options}`)).join(', ');
        return `${method(c.method)}: URL arg ${c.urlArg}${c.urlKey ? ` or ${code(c.urlKey)}` : ''}; data ${data}`;
      })
      .join('<br>');
    const derive = (m.derive ?? []).map((d) => `${code(d.method)}${d.baseUrlKeys ? ` (base URL in ${codes(d.baseUrlKeys)})` : ''}`).join(', ');
    lines.push(`| ${code(m.id)} | ${codes(m.modules) || '*(global)*'} | ${m.receivers.map(formatReceiver).join('<br>')} | ${calls} | ${codes(m.dataKeys)} | ${derive} | ${cell(m.notes)} |`);
  }
  return lines;
}

function renderFramework(m) {
  const lines = [`### ${code(m.id)}: ${m.title}`, ''];
  if (m.modules.length) lines.push(`Modules: ${codes(m.modules)}.`, '');
  for (const route of m.routes) {
    lines.push(
      `- **Routes** on ${route.receivers.map(formatReceiver).join(', ')}: ${codes(route.methods)}` +
        `${route.pathArg === undefined ? '' : `, path argument ${route.pathArg}`}, handlers: ${route.handlers === 'rest' ? 'every function after the path' : 'the last argument'}` +
        `${route.scopeMethods ? `; scope middleware with ${codes(route.scopeMethods)}` : ''}` +
        `${route.pathBuilders ? `; path builders ${route.pathBuilders.map((b) => code(`${b.method}(path).${b.verbs[0]}(…)`)).join(', ')}` : ''}` +
        `${route.hookOptionKeys ? `; hooks from options ${codes(route.hookOptionKeys)}` : ''}.${route.notes ? ` ${route.notes}` : ''}`,
    );
  }
  for (const options of m.routeOptions ?? []) {
    lines.push(`- **Route options** ${code(`${options.methods[0]}({ ${options.methodKey}, ${options.pathKey}, ${options.handlerKey}, ${options.hookKeys.join(', ')} })`)}.`);
  }
  for (const handlers of m.exportedHandlers ?? []) {
    lines.push(`- **File-convention handlers**: files matching ${code(`/${handlers.filePattern}/`)} exporting ${codes(handlers.exports)}; answer by ${handlers.answer === 'return' ? 'the returned response' : 'writes on the response parameter'}.`);
  }
  if (m.serverActions) {
    const a = m.serverActions;
    lines.push(
      `- **Server Actions**: exported async functions of a module starting with ${code(`'${a.directive}'`)}, and functions whose body starts with it; answer by the return value and by the message of a thrown ${code(`/${a.thrownErrors.pattern}/`)} (args ${a.thrownErrors.args.join(', ')}); ` +
        `session reads ${a.sessionCalls.map((c) => `${code(`${c.callee}()`)}${c.module ? ` (${code(c.module)})` : ''}`).join(', ')} and the project's own ${code(`/${a.sessionCallPattern}/i`)} without arguments; ` +
        `early exits ${a.exitCalls.map((c) => code(`${c.callee}()`)).join(', ')}; request body: ${code(a.body.paramType)} parameters read with ${codes(a.body.readers)}.`,
    );
  }
  if (m.decorators) {
    const d = m.decorators;
    lines.push(
      `- **Decorators** from ${codes([d.module, ...(d.alsoModules ?? [])])}: classes ${codes(d.controller)}, methods ${codes(d.routes)}` +
        `${d.params?.response ? `; injected response ${codes(d.params.response)} writes like ${code(d.params.writesOn ?? 'express')}` : ''}` +
        `${d.params?.input ? `; caller input ${codes(d.params.input)}` : ''}${d.params?.context ? `; context ${codes(d.params.context)}` : ''}${d.params?.parent ? `; parent ${codes(d.params.parent)}` : ''}` +
        `${d.schema ? `; a returned record is projected onto the ${codes(d.schema.fieldDecorators)} properties of the ${codes(d.schema.typeDecorators)} class its route decorator names` : ''}` +
        `${d.responseDecorators ? `; response decorators ${d.responseDecorators.map((r) => `${code(`@${r.name}`)} (${r.part})`).join(', ')}` : ''}.`,
    );
  }
  if (m.resolverMaps) {
    const r = m.resolverMaps;
    lines.push(`- **Resolver maps** passed to ${r.consumers.map((c) => `${code(c.callee)} (${code(c.module)})`).join(', ')}; root types ${codes(r.rootTypes)}; parameters parent ${r.params.parent}, args ${r.params.args}, context ${r.params.context}; only SDL fields go out.`);
  }
  if (m.procedures) {
    const p = m.procedures;
    lines.push(`- **Procedures** from builders matching ${code(`/${p.builderPattern}/`)}: resolver of ${codes(p.terminals)}, middleware ${codes(p.middlewareMethods)}, output schema ${codes(p.outputMethods)}; resolver keys ${code(p.resolverKeys.context)} and ${code(p.resolverKeys.input)}.`);
  }
  const params = Object.entries(m.handlerParams).map(([k, v]) => `${k} ${v}`).join(', ');
  if (params) lines.push(`- **Handler parameters**: ${params} (conventional names ${Object.values(m.handlerParamNames).flat().map(code).join(', ')}).`);
  if (m.writes.length) lines.push(`- **Writes**: ${m.writes.map((w) => `${code(`${w.on === 'context' ? 'ctx' : w.on === 'response' ? 'res' : 'req'}.${w.method}`)} → ${w.part} (args ${w.args.join(', ')})`).join('; ')}.`);
  if (m.assignments.length) lines.push(`- **Assignments**: ${m.assignments.map((a) => `${code(`${a.on === 'context' ? 'ctx' : 'res'}.${a.property} =`)} → ${a.part}`).join('; ')}.`);
  if (m.constructs.length) lines.push(`- **Constructs**: ${m.constructs.map((c) => `${code(`${c.construct ? 'new ' : ''}${c.callee}(…)`)}${c.module ? ` from ${code(c.module)}` : ''} → ${c.part}${c.optionKeys ? ` (init ${c.optionKeys.map((o) => `${o.key} → ${o.part}`).join(', ')})` : ''}`).join('; ')}.`);
  lines.push(`- **Return value is the body**: ${m.returnIsBody ? 'yes' : 'no'}.`);
  if (m.exceptions?.length) lines.push(`- **Exceptions sent to the caller**: ${m.exceptions.map((e) => `${code(`/${e.pattern}/`)} from ${e.module ? code(e.module) : 'globals'} (args ${e.args.join(', ')}${e.optionKeys ? `; options ${codes(e.optionKeys)}` : ''}${e.subclasses ? '; project subclasses too' : ''})`).join('; ')}.`);
  if (m.notes) lines.push('', m.notes);
  lines.push('');
  return lines;
}

function renderSanitizers() {
  const lines = ['| id | kind | recognised by | removes | notes |', '|---|---|---|---|---|'];
  for (const s of SANITIZERS) {
    const by = [
      ...(s.calls ?? []).map((c) => `${code(c.callee)}${c.module ? ` from ${code(c.module)}` : ''}${c.chain ? ` then ${codes(c.chain)}` : ''}`),
      s.namePattern ? `name ${code(`/${s.namePattern}/i`)}` : '',
      s.properties?.length ? `properties ${codes(s.properties)}` : '',
      s.operators?.length ? `forms ${codes(s.operators)}` : '',
      s.optionKeys?.length ? `options ${codes(s.optionKeys)}` : '',
      s.keepsAll?.length ? `cancelled by ${codes(s.keepsAll)}` : '',
      s.requires?.length ? `needs ${s.requires.map((r) => code(r.callee)).join(' or ')}` : '',
    ].filter(Boolean);
    const kind = s.mode ? `${s.kind} (${s.mode})` : s.kind;
    const removes = s.removes === 'all' ? 'all' : codes(s.removes);
    lines.push(`| ${code(s.id)} | ${kind} | ${by.join('<br>')} | ${removes} | ${cell(s.notes)} |`);
  }
  return lines;
}

function renderDerivations() {
  const lines = ['| id | from → to | kind | names | module | notes |', '|---|---|---|---|---|---|'];
  for (const d of DERIVATIONS) {
    const names = d.kind === 'template' ? '*(any template)*' : codes(d.names);
    lines.push(`| ${code(d.id ?? '')} | ${code(d.from)} → ${code(d.to)} | ${d.kind} | ${names} | ${d.module ? code(d.module) : ''} | ${cell(d.notes)} |`);
  }
  return lines;
}

function renderAuth() {
  const a = DEFAULT_AUTH_MODEL;
  const line = (label, value) => (value && (!Array.isArray(value) || value.length) ? [`- **${label}**: ${Array.isArray(value) ? codes(value) : code(value)}`] : []);
  return [
    ...line('Middleware', a.middleware),
    ...line('Middleware name pattern', `/${a.middlewarePattern}/i`),
    ...(a.moduleMiddleware?.length ? [`- **Middleware by module**: ${a.moduleMiddleware.map((m) => `${code(m.callee)} from ${code(m.module)}`).join(', ')}`] : []),
    ...(a.sessionCalls?.length ? [`- **Session calls** (with an early 401/403): ${a.sessionCalls.map((c) => `${code(c.callee)}${c.module ? ` from ${code(c.module)}` : ''}`).join(', ')}`] : []),
    ...line('Session presence checks', a.sessionPaths),
    ...line('Hooks', a.hookNames),
    ...line('Decorators', a.decorators),
    ...line('Guards', a.guards),
    ...line('Guard name pattern', a.guardPattern ? `/${a.guardPattern}/` : undefined),
    ...line('Global guard tokens', a.globalGuardTokens),
    ...line('Decorators that remove authentication', a.publicDecorators),
    ...line('Protected procedures', a.protectedProcedurePattern ? `/${a.protectedProcedurePattern}/` : undefined),
    ...line('Public procedures', a.publicProcedurePattern ? `/${a.publicProcedurePattern}/` : undefined),
    ...line('Early-return statuses', a.unauthorizedStatuses?.map(String)),
    ...line('Owner paths', a.ownerPaths),
    ...line('Owner keys (a lookup keyed by one is owner-scoped)', a.ownerKeyPaths),
    ...line('Caller decorators', a.callerDecorators),
    ...line('Credential issuance paths', a.issuance?.paths),
    ...line('Credential issuing calls', a.issuance?.calls),
  ];
}

function renderDestinations() {
  const d = DESTINATION_MODEL;
  return [
    d.notes,
    '',
    `- **Stored external URL names**: ${code(`/${d.externalUrlNamePattern}/i`)}`,
    `- **Internal hosts**: ${d.internalHostPatterns.map((p) => code(`/${p}/`)).join(', ')}`,
    '',
    '| known third-party host | service |',
    '|---|---|',
    ...d.knownThirdPartyHosts.map((h) => `| ${code(`/${h.pattern}/`)} | ${cell(h.service)} |`),
  ];
}

// Choices the data encodes; kept here so the doc explains the data it lists.
const DECISIONS = [
  '**Hashes keep `credential`.** A hash or key derivation removes every other category, but a hash of a password is a stored password hash, which the policy keeps in `credential` (crackable offline).',
  '**Masks become fragments.** A masking helper whose body is out of view is assumed to show some digits: a masked phone is a `phone-fragment`. `truncate*` helpers keep the start of a value and `sanitize*` helpers usually escape HTML: neither is a sanitizer.',
  '**`nationalNumber` is a full phone number**, not a fragment: it is what people dial at home. Calling code, country and region are fragments; the line type (mobile, fixed line) and validity are not sensitive.',
  '**Unresolved destinations are not reported.** An HTTP call is third-party when its URL is an absolute literal to a non-internal host, a known collector, or read from a stored webhook/callback URL; a URL from an environment variable or a parameter is unresolved. Private address ranges, `localhost` and cluster names are internal.',
  '**Thrown errors in Fastify reach the caller** (the default error handler sends `message`, also for 500s); so do Koa `ctx.throw` messages of 4xx errors and GraphQL error messages. Express\'s default handler does not send `err.message` in production, so a thrown error there is not a response write.',
  '**Browser-side log SDKs are third parties** (Datadog browser logs ship straight to the vendor), unlike server loggers.',
  '**The conventional-name logger never treats calling the receiver as logging**, so `Math.log(x)` and a local `log()` helper are not sinks; loggers named in the config do include direct calls, because the user named them.',
  '**Storing a contact at an e-mail provider is not delivery** (`resend.contacts.create`); only sending a message to the data subject is.',
  '**`console.time`/`console.count` are not sinks**: they print only a label the code chose.',
  '**Hono and Next.js app-router handlers answer with a `Response`**: the construct (`c.json`, `Response.json`, `NextResponse.json`) is the write and is where a finding is reported; the `return` adds nothing.',
  '**Next.js Server Actions are handlers**: an action has no request object, so it is anonymous unless it reads the session and leaves early without it (a `throw` or `redirect()` as much as a `return`); what it returns and the message of what it throws are its response; a lookup keyed by the session\'s id is the caller\'s own; a sign-in, sign-up or password-change action (by its name: `signIn` is `/sign-in`) takes a password in its `FormData`. Only the action\'s own throws count, not those of the helpers it calls.',
  '**Not modelled yet**: Next.js `getServerSideProps` props, pino-http\'s `.logger` property, superagent (data travels in chained `.send()` calls), Twilio Verify (a call inside the member chain), Stripe and other payment processors (policy point 8 allows order ids and amounts; an SDK model would need per-field allowances).',
];

export async function generate() {
  const lines = [
    HEADER,
    '# Sink models',
    '',
    'What leakwatch knows about libraries and frameworks: where data leaves the process, what removes sensitivity, and what makes a handler authenticated. Every engine reads this data from `@leakwatch/core`; none keeps a list of its own. Add to it from a config file (see [configuration](configuration.md)).',
    '',
    'Receivers are recognised by import, by declared type, or (last) by conventional name. A method with dots is a path below the receiver; a named import of a method from a module whose namespace or default export is a receiver is the same call.',
    '',
    `## Loggers (sink \`log\`, ${LOGGER_MODELS.length} models)`,
    '',
    ...renderCallSinkTable(LOGGER_MODELS, { delivery: false }),
    '',
    `## Third-party SDKs (sink \`third-party\`, ${THIRD_PARTY_MODELS.length} models)`,
    '',
    'Delivery methods are exempt only when every recipient is the data subject and only their data is sent (policy point 8).',
    '',
    ...renderCallSinkTable(THIRD_PARTY_MODELS, { delivery: true }),
    '',
    `## HTTP clients (sink \`third-party\` when the destination is another origin, ${HTTP_CLIENT_MODELS.length} models)`,
    '',
    ...renderHttpClients(),
    '',
    '### Destinations',
    '',
    ...renderDestinations(),
    '',
    `## Frameworks (sink \`response\`, ${RESPONSE_MODELS.length} models)`,
    '',
    ...RESPONSE_MODELS.flatMap(renderFramework),
    `## Sanitizers and projections (${SANITIZERS.length})`,
    '',
    'An allowlist projection keeps only what it names; a denylist removes only what it names. Hashes keep `credential`: a hash of a password is a stored password hash.',
    '',
    ...renderSanitizers(),
    '',
    `## Derivations (${DERIVATIONS.length})`,
    '',
    'An operation not listed keeps the category it had. A name ending in `*` is a prefix.',
    '',
    ...renderDerivations(),
    '',
    '## Authentication and owner scope',
    '',
    ...renderAuth(),
    '',
    '## Decisions where the policy is silent',
    '',
    ...DECISIONS.map((decision) => `- ${decision}`),
    '',
  ];
  // The config's JSON Schema, for `"$schema"` in leakwatch.config.json (JSON has no comments: `$comment` says where it comes from).
  const jsonSchema = { $comment: 'DO NOT EDIT: generated from @leakwatch/core by `pnpm run docs`', ...createConfigJsonSchema() };
  return [
    { file: 'docs/models.md', content: `${lines.join('\n')}` },
    { file: 'docs/leakwatch.config.schema.json', content: `${JSON.stringify(jsonSchema, null, 2)}\n` },
  ];
}
