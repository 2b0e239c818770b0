import { ts } from 'ts-morph';
import type { CallSinkModel, CategoryId, HttpClientModel, ReceiverPattern, ResponseModel, ResponsePart, SanitizerModel, SinkId } from '@leakwatch/core';
import { findMessageRecipientKeys, isIssuanceCall, isRedactedByPino } from '@leakwatch/core';
import type { HandlerContext } from '../routes/types.js';
import type { Knowledge } from './knowledge.js';
import type { Label, ParamLabel, Value } from './labels.js';
import { EMPTY, addTransform, mergeValues, omitKeys, pickKeys } from './labels.js';
import { cachedRegExp, findImportOrigin, isModuleDeclarationFile, isSameModule, matchesReceiver, resolveOrigin } from './receivers.js';
import type { Locator } from './syntax.js';
import { findEnclosingClass, getChainRoot, getMemberChain, getStaticName, skipOuter } from './syntax.js';

/** A place data must not reach, as recognised at one call, construction, return or assignment. */
export interface SinkTarget {
  readonly sink: SinkId;
  readonly part: ResponsePart | undefined;
  readonly model: string;
  readonly node: ts.Node;
  /** Delivery to the data subject (policy point 8). */
  readonly delivery: boolean;
  readonly serialized?: boolean;
  /** Argument positions that carry data; all when absent. */
  readonly args?: readonly number[];
  /** Only these keys of the data argument reach the sink (`body`, `headers` of fetch's init). */
  readonly keys?: readonly string[];
  /** Labels from somewhere else than the arguments (a logger's redaction removes some). */
  readonly extra?: (memo: Map<ts.Node, Value>, evaluate: (expr: ts.Expression) => Value) => Value;
  /** Logger redaction: label paths that never reach the sink. */
  readonly redacted?: (path: readonly string[]) => boolean;
  /** A delivery whose recipient is a parameter of the enclosing function: decided at each call. */
  readonly recipientParam?: number;
  /** With `recipientParam`: the recipient is this key of that argument (`sendMail({ to, … })` spread into the send). */
  readonly recipientKeys?: readonly string[];
  /**
   * An outbound request whose URL is a parameter of the enclosing function (`postJson(url, body)`):
   * whether it leaves for a third party is decided at each call, by the URL passed there.
   */
  readonly urlParam?: number;
}

type ParamRole = 'request' | 'response' | 'context';

/** Recognises sinks, sanitizers and derivations from core's models. */
export class SinkMatcher {
  private readonly byMethod = new Map<string, { model: CallSinkModel; method: string }[]>();
  private readonly httpByMethod = new Map<string, { model: HttpClientModel; call: HttpClientModel['calls'][number] }[]>();
  private readonly conversionProperties = new Set<string>();
  private readonly truncateProperties = new Set<string>();
  private readonly importedModules = new Set<string>();
  /** Sanitizer call entries by the last segment of their callee and by their chain methods. */
  private readonly sanitizersByName = new Map<string, { model: SanitizerModel; entry: NonNullable<SanitizerModel['calls']>[number]; order: number }[]>();
  private readonly namePatterns: { model: SanitizerModel; pattern: RegExp }[];
  private readonly activeFrameworks: ResponseModel[];

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly knowledge: Knowledge,
    program: ts.Program,
    private readonly locator: Locator,
  ) {
    for (const sourceFile of program.getSourceFiles()) {
      if (sourceFile.isDeclarationFile) continue;
      for (const statement of sourceFile.statements) {
        if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) this.importedModules.add(statement.moduleSpecifier.text);
      }
    }
    const imported = [...this.importedModules];
    const isImported = (module: string): boolean => this.importedModules.has(module) || imported.some((name) => name.startsWith(`${module}/`) || name === `node:${module}` || `node:${name}` === module);
    // A model whose receivers all need one of its modules cannot match in a program that imports none.
    const isActive = (model: CallSinkModel | HttpClientModel): boolean =>
      model.modules.length === 0 ||
      model.modules.some(isImported) ||
      model.receivers.some((receiver) => receiver.kind === 'global' || receiver.kind === 'property' || receiver.kind === 'name');
    for (const model of knowledge.callSinks) {
      if (!isActive(model)) continue;
      for (const method of [...model.methods, ...(model.deliveryMethods ?? [])]) {
        const last = method.split('.').at(-1) ?? '';
        const list = this.byMethod.get(last) ?? [];
        if (!list.some((entry) => entry.model === model && entry.method === method)) list.push({ model, method });
        this.byMethod.set(last, list);
      }
    }
    for (const model of knowledge.httpClients) {
      if (!isActive(model)) continue;
      for (const call of model.calls) {
        const list = this.httpByMethod.get(call.method) ?? [];
        list.push({ model, call });
        this.httpByMethod.set(call.method, list);
      }
    }
    knowledge.sanitizers.forEach((model, order) => {
      for (const entry of model.calls ?? []) {
        for (const name of [entry.callee.split('.').at(-1) ?? '', ...(entry.chain ?? [])]) {
          const list = this.sanitizersByName.get(name) ?? [];
          list.push({ model, entry, order });
          this.sanitizersByName.set(name, list);
        }
      }
    });
    this.namePatterns = knowledge.sanitizers.flatMap((model) => (model.namePattern === undefined ? [] : [{ model, pattern: new RegExp(model.namePattern, 'i') }]));
    for (const sanitizer of knowledge.sanitizers) {
      if (sanitizer.kind === 'conversion') for (const property of sanitizer.properties ?? []) this.conversionProperties.add(property);
      if (sanitizer.kind === 'truncate') for (const property of sanitizer.properties ?? []) this.truncateProperties.add(property);
    }
    this.activeFrameworks = knowledge.responses.filter((model) =>
      model.modules.some((module) => [...this.importedModules].some((imported) => imported === module || imported.startsWith(`${module}/`))),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Call sinks

  /** Sinks a call reaches: loggers, third-party SDKs, HTTP clients, response writes and constructs. */
  matchCall(call: ts.CallExpression, handler: HandlerContext | undefined, roleOf: (node: ts.Expression) => ParamRole | undefined): SinkTarget[] {
    const targets: SinkTarget[] = [];
    const callee = skipOuter(call.expression);
    const chain = getMemberChain(callee);
    const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (last !== undefined) {
      this.matchCallSinks(call, callee, chain, last, targets);
      this.matchHttp(call, callee, last, targets);
    }
    if (ts.isIdentifier(callee)) {
      // `import { track as amplitudeTrack }`: the SDK knows the method by its exported name.
      const origin = findImportOrigin(callee, this.checker);
      if (origin !== undefined && origin.export !== callee.text && origin.export !== 'default' && origin.export !== '*' && targets.length === 0) {
        this.matchCallSinks(call, callee, chain, origin.export, targets);
      }
      this.matchCallSinks(call, callee, chain, '', targets);
      this.matchHttp(call, callee, '', targets);
    }
    // `log.downloads(…)` where `log = { downloads: createDebug('app:downloads') }`: a receiver kept
    // in an object's property is called itself (method `''`), like a bare `debug(…)`.
    if (ts.isPropertyAccessExpression(callee) && targets.length === 0 && this.byMethod.has('')) {
      // The checker is asked about the member only when a receiver matched: most calls match none.
      const held: SinkTarget[] = [];
      this.matchCallSinks(call, callee, chain, '', held);
      if (held.length > 0 && !this.isMethodMember(callee)) targets.push(...held);
    }
    if (ts.isPropertyAccessExpression(callee)) this.matchResponseWrite(call, callee, handler, roleOf, targets);
    this.matchConstruct(call, callee, false, targets);
    return targets;
  }

  /** Whether a property access names a method (`logger.info` declared as one), which is never a receiver called itself. */
  private isMethodMember(callee: ts.PropertyAccessExpression): boolean {
    const declaration = this.checker.getSymbolAtLocation(callee.name)?.declarations?.[0];
    return declaration !== undefined && (ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration));
  }

  private matchCallSinks(call: ts.CallExpression, callee: ts.Expression, chain: string[] | undefined, last: string, targets: SinkTarget[]): void {
    const candidates = this.byMethod.get(last);
    if (candidates === undefined) return;
    for (const { model, method } of candidates) {
      let receiver: ts.Expression | undefined;
      if (method === '') {
        receiver = callee;
      } else {
        const segments = method.split('.');
        if (chain !== undefined && chain.length > segments.length && chain.slice(-segments.length).join('.') === method) {
          receiver = callee;
          for (let i = 0; i < segments.length; i++) receiver = skipOuter((receiver as ts.PropertyAccessExpression).expression);
        } else if (chain === undefined && segments.length === 1 && ts.isPropertyAccessExpression(callee)) {
          receiver = callee.expression;
        } else if (ts.isIdentifier(callee) && segments.length === 1) {
          // A named import of the method itself: `import { track } from '@amplitude/analytics-node'`.
          const origin = findImportOrigin(callee, this.checker);
          if (origin !== undefined && model.modules.some((module) => isSameModule(origin.module, module)) && origin.export === method) {
            targets.push(this.callTarget(model, method, call));
          }
          continue;
        }
      }
      if (receiver === undefined) continue;
      if (!this.isModelReceiver(receiver, model)) continue;
      targets.push(this.callTarget(model, method, call, receiver));
      return;
    }
  }

  private callTarget(model: CallSinkModel, method: string, call: ts.CallExpression, receiver?: ts.Expression): SinkTarget {
    let delivery = model.deliveryMethods?.includes(method) === true;
    let recipientParam: number | undefined;
    let recipientKeys: readonly string[] | undefined;
    if (delivery) {
      // Policy point 8 holds only when the recipient is the data subject, not a configured number.
      const keys = model.recipientKeys ?? ['to'];
      // The message is the model's first data argument (`messages.create(domain, message)` for Mailgun).
      const options = call.arguments[model.args?.[0] ?? 0];
      const recipient = this.findRecipient(options, keys);
      const parameter = recipient === undefined ? undefined : this.parameterOf(recipient);
      if (parameter !== undefined) recipientParam = parameter;
      else if (recipient !== undefined && this.isConfigValue(recipient)) delivery = false;
      else if (recipient === undefined) {
        // `{ from, ...message }` in a `sendMail(message)` wrapper: each call's own `to` decides.
        const spread = this.spreadParameterOf(options);
        if (spread !== undefined) {
          recipientParam = spread;
          recipientKeys = keys;
        }
      }
    }
    const redacted = model.sink === 'log' && receiver !== undefined ? this.findRedaction(receiver) : undefined;
    return {
      sink: model.sink,
      part: undefined,
      model: model.id,
      node: call,
      delivery,
      ...(model.args === undefined ? {} : { args: model.args }),
      ...(redacted === undefined ? {} : { redacted }),
      ...(recipientParam === undefined ? {} : { recipientParam }),
      ...(recipientKeys === undefined ? {} : { recipientKeys }),
    };
  }

  /** The recipient an options object names (`{ to: … }`), if it names one. */
  findRecipient(argument: ts.Expression | undefined, keys: readonly string[]): ts.Expression | undefined {
    const options = argument === undefined ? undefined : skipOuter(argument);
    if (options === undefined || !ts.isObjectLiteralExpression(options)) return undefined;
    for (const property of options.properties) {
      if (ts.isPropertyAssignment(property) && keys.includes(getStaticName(property.name) ?? '')) return property.initializer;
      if (ts.isShorthandPropertyAssignment(property) && keys.includes(property.name.text)) return property.name;
    }
    return undefined;
  }

  /** The parameter an options object spreads (`{ from, ...message }`), if it spreads one. */
  private spreadParameterOf(argument: ts.Expression | undefined): number | undefined {
    const options = argument === undefined ? undefined : skipOuter(argument);
    if (options === undefined || !ts.isObjectLiteralExpression(options)) return undefined;
    for (const property of options.properties) {
      if (!ts.isSpreadAssignment(property)) continue;
      const parameter = this.parameterOf(property.expression);
      if (parameter !== undefined) return parameter;
    }
    return undefined;
  }

  /** The index of the enclosing function's parameter an expression names, if it is one. */
  private parameterOf(expr: ts.Expression): number | undefined {
    const inner = skipOuter(expr);
    if (!ts.isIdentifier(inner)) return undefined;
    const symbol = ts.isShorthandPropertyAssignment(inner.parent) ? this.checker.getShorthandAssignmentValueSymbol(inner.parent) : this.checker.getSymbolAtLocation(inner);
    const declaration = symbol?.valueDeclaration;
    if (declaration === undefined || !ts.isParameter(declaration)) return undefined;
    return declaration.parent.parameters.indexOf(declaration);
  }

  /** A value from configuration (a module-level constant, `process.env`): nobody's own address. */
  isConfigValue(expr: ts.Expression): boolean {
    const inner = skipOuter(expr);
    if (ts.isStringLiteralLike(inner)) return true;
    const chain = getMemberChain(inner);
    if (chain !== undefined && chain[0] === 'process' && chain[1] === 'env') return true;
    const root = getChainRoot(inner);
    if (!ts.isIdentifier(root)) return false;
    let symbol = this.checker.getSymbolAtLocation(root);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (declaration === undefined || !ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return false;
    const list = declaration.parent;
    const moduleLevel = ts.isVariableDeclarationList(list) && ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent);
    const initializer = skipOuter(declaration.initializer);
    return moduleLevel && (list.flags & ts.NodeFlags.Const) !== 0 && (ts.isObjectLiteralExpression(initializer) || ts.isStringLiteralLike(initializer) || ts.isBinaryExpression(initializer));
  }

  private readonly receiverAnswers = new Map<object, Map<CallSinkModel, boolean>>();

  /**
   * Memoised per variable (`logger`, `console`) and per `this.field`: the answer depends on the
   * declaration and the name, which a symbol fixes; other receivers are matched every time.
   */
  private isModelReceiver(receiver: ts.Expression, model: CallSinkModel): boolean {
    const inner = skipOuter(receiver);
    const name = ts.isIdentifier(inner) ? inner : ts.isPropertyAccessExpression(inner) && inner.expression.kind === ts.SyntaxKind.ThisKeyword ? inner.name : undefined;
    // `this.get(id)` inside a class: the class decides.
    const symbol = inner.kind === ts.SyntaxKind.ThisKeyword ? findEnclosingClass(inner) : name === undefined ? undefined : this.checker.getSymbolAtLocation(name);
    if (symbol === undefined) return this.matchModelReceiver(receiver, model);
    let answers = this.receiverAnswers.get(symbol);
    if (answers === undefined) {
      answers = new Map();
      this.receiverAnswers.set(symbol, answers);
    }
    let answer = answers.get(model);
    if (answer === undefined) {
      answer = this.matchModelReceiver(receiver, model);
      answers.set(model, answer);
    }
    return answer;
  }

  private matchModelReceiver(receiver: ts.Expression, model: CallSinkModel): boolean {
    const derive = model.derive ?? [];
    let nameOnly: boolean | undefined;
    for (const pattern of this.orderedReceivers(model)) {
      if (pattern.kind === 'name') {
        nameOnly ??= this.hasNoKnownOrigin(receiver);
        if (!nameOnly) continue;
      }
      if (matchesReceiver(receiver, pattern, this.checker, derive)) return true;
    }
    // A callback parameter handed a receiver: `Sentry.withScope((scope) => scope.setUser(u))`.
    for (const callback of model.callbacks ?? []) {
      const inner = skipOuter(receiver);
      if (!ts.isIdentifier(inner)) continue;
      const declaration = this.checker.getSymbolAtLocation(inner)?.valueDeclaration;
      if (declaration === undefined || !ts.isParameter(declaration)) continue;
      const fn = declaration.parent;
      if (fn.parameters.indexOf(declaration) !== callback.param) continue;
      const call = fn.parent;
      if (!ts.isCallExpression(call) || call.arguments[callback.arg] !== fn) continue;
      const callee = skipOuter(call.expression);
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === callback.method) {
        if (model.receivers.some((pattern) => matchesReceiver(callee.expression, pattern, this.checker, derive))) return true;
      }
    }
    return false;
  }

  private readonly receiverOrder = new WeakMap<CallSinkModel, readonly ReceiverPattern[]>();

  /** Cheap syntactic patterns first; declared types (which ask the checker) last. */
  private orderedReceivers(model: CallSinkModel): readonly ReceiverPattern[] {
    let ordered = this.receiverOrder.get(model);
    if (ordered === undefined) {
      const cost: Record<ReceiverPattern['kind'], number> = { global: 0, property: 0, import: 1, factory: 2, name: 3, type: 4 };
      ordered = [...model.receivers].sort((a, b) => cost[a.kind] - cost[b.kind]);
      this.receiverOrder.set(model, ordered);
    }
    return ordered;
  }

  /** The name fallback applies only to receivers with no import and no declared type of a package. */
  private hasNoKnownOrigin(receiver: ts.Expression): boolean {
    const origin = resolveOrigin(receiver, this.checker);
    if (ts.isCallExpression(origin) || ts.isNewExpression(origin)) {
      const root = getChainRoot(origin.expression);
      if (ts.isIdentifier(root) && findImportOrigin(root, this.checker) !== undefined) return false;
    }
    if (ts.isIdentifier(origin) && findImportOrigin(origin, this.checker) !== undefined) return false;
    return true;
  }

  /** pino's `redact` option on the logger's construction: paths that never reach the log. */
  private findRedaction(receiver: ts.Expression): ((path: readonly string[]) => boolean) | undefined {
    const redactor = this.knowledge.sanitizers.find((model) => model.kind === 'logger-redact');
    if (redactor === undefined) return undefined;
    const origin = resolveOrigin(receiver, this.checker);
    if (!ts.isCallExpression(origin)) return undefined;
    const root = getChainRoot(origin.expression);
    if (!ts.isIdentifier(root)) return undefined;
    const importOrigin = findImportOrigin(root, this.checker);
    if (importOrigin === undefined || !(redactor.calls ?? []).some((call) => call.module !== undefined && isSameModule(importOrigin.module, call.module))) {
      return undefined;
    }
    const options = origin.arguments[0];
    if (options === undefined || !ts.isObjectLiteralExpression(skipOuter(options))) return undefined;
    const paths = readRedactPaths(skipOuter(options) as ts.ObjectLiteralExpression);
    if (paths.length === 0) return undefined;
    return (path) => path.length > 0 && isRedactedByPino(paths, path);
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP clients

  private matchHttp(call: ts.CallExpression, callee: ts.Expression, last: string, targets: SinkTarget[]): void {
    const candidates = this.httpByMethod.get(last);
    if (candidates === undefined) return;
    // A plain call (`request(url)`) is a model's only as its global or an import from its module:
    // the import is looked up once per call, not once per model and pattern (most calls are neither).
    let origin: ReturnType<typeof findImportOrigin> | null | undefined;
    for (const { model, call: shape } of candidates) {
      const receiver = shape.method === '' ? callee : ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
      if (receiver === undefined) continue;
      const base = this.derivedClientBase(receiver, model, 0);
      if (base === undefined && ts.isIdentifier(receiver) && !model.receivers.some((pattern) => pattern.kind === 'global')) {
        if (origin === undefined) origin = findImportOrigin(receiver, this.checker) ?? null;
        if (origin === null ? !this.isBoundCall(receiver) : !model.modules.some((module) => isSameModule(origin!.module, module))) continue;
      }
      if (base === undefined && !model.receivers.some((pattern) => matchesReceiver(receiver, pattern, this.checker))) continue;
      const urlParam = this.isThirdPartyUrl(call, shape, base ?? undefined) ? undefined : this.urlParameter(call, shape, base ?? undefined);
      if (urlParam === null) return;
      const message = { ...this.messageDelivery(call, shape, model), ...(urlParam === undefined ? {} : { urlParam }) };
      for (const data of shape.dataArgs) {
        if (typeof data === 'number') {
          if (call.arguments[data] !== undefined && data !== shape.urlArg) targets.push({ sink: 'third-party', part: undefined, model: model.id, node: call, ...message, args: [data] });
        } else if (call.arguments[data.options] !== undefined) {
          // A credential in the request's own headers authenticates the call (`Authorization: Bearer <our key>`).
          targets.push({
            sink: 'third-party',
            part: undefined,
            model: model.id,
            node: call,
            ...message,
            args: [data.options],
            keys: model.dataKeys,
            redacted: (path) => path[0] === 'headers' && path.length === 2 && this.knowledge.classify(path[1] as string).includes('credential'),
          });
        }
      }
      return;
    }
  }

  /**
   * A request whose body is a message to someone (`{ to: payload.email, subject, text }` to a mail
   * provider's HTTP API, core's `findMessageRecipientKeys`) delivers like the provider's SDK
   * (policy point 8): unless it is addressed to a configured address, or, in a wrapper, to the
   * parameter each caller fills.
   */
  private messageDelivery(call: ts.CallExpression, shape: HttpClientModel['calls'][number], model: HttpClientModel): { delivery: boolean; recipientParam?: number } {
    for (const data of shape.dataArgs) {
      let body = typeof data === 'number' ? (data === shape.urlArg ? undefined : call.arguments[data]) : call.arguments[data.options];
      if (body === undefined) continue;
      if (typeof data !== 'number') {
        const options = skipOuter(body);
        if (!ts.isObjectLiteralExpression(options)) continue;
        body = findProperty(options, model.dataKeys.filter((key) => key !== 'headers'));
        if (body === undefined) continue;
      }
      let literal = skipOuter(body);
      if (ts.isCallExpression(literal) && getMemberChain(skipOuter(literal.expression))?.join('.') === 'JSON.stringify' && literal.arguments[0] !== undefined) literal = skipOuter(literal.arguments[0]);
      literal = resolveOrigin(literal, this.checker);
      if (!ts.isObjectLiteralExpression(literal)) continue;
      const keys = literal.properties.map((property) => (property.name === undefined ? undefined : getStaticName(property.name))).filter((key): key is string => key !== undefined);
      const recipientKeys = findMessageRecipientKeys(keys);
      if (recipientKeys.length === 0) continue;
      const recipient = this.findRecipient(literal, recipientKeys);
      if (recipient === undefined) continue;
      const parameter = this.parameterOf(recipient);
      if (parameter !== undefined) return { delivery: true, recipientParam: parameter };
      return { delivery: !this.isConfigValue(recipient) };
    }
    return { delivery: false };
  }

  /**
   * A client made by the model's own factory (`got.extend({ prefixUrl })`, `ky.create({ prefix })`,
   * `axios.create({ baseURL })`): the expression of its base URL, `null` when it has none, and
   * undefined when the receiver is no such client.
   */
  private derivedClientBase(receiver: ts.Expression, model: HttpClientModel, depth: number): ts.Expression | null | undefined {
    if (depth > 4 || model.derive === undefined) return undefined;
    const origin = resolveOrigin(receiver, this.checker);
    if (!ts.isCallExpression(origin)) return undefined;
    const callee = skipOuter(origin.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const derive = model.derive.find((entry) => entry.method === callee.name.text);
    if (derive === undefined) return undefined;
    const parent = this.derivedClientBase(callee.expression, model, depth + 1);
    if (parent === undefined && !model.receivers.some((pattern) => matchesReceiver(callee.expression, pattern, this.checker))) return undefined;
    const options = origin.arguments[0] === undefined ? undefined : skipOuter(origin.arguments[0]);
    const own = options !== undefined && ts.isObjectLiteralExpression(options) ? findProperty(options, derive.baseUrlKeys ?? []) : undefined;
    // `base.extend({ headers })` keeps the base URL of the client it extends.
    return own ?? parent ?? null;
  }

  /**
   * Whether the request goes to another origin, by the destination model; unresolved URLs are not
   * reported. A client with a base URL sends every URL that is not absolute to that base.
   */
  /** Whether a plain callee is a variable bound to something (`const request = undici.request`), not a project function. */
  private isBoundCall(identifier: ts.Identifier): boolean {
    const declaration = this.checker.getSymbolAtLocation(identifier)?.valueDeclaration;
    return declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && !isFunctionLike(skipOuter(declaration.initializer));
  }

  /**
   * For a request not known to leave: the index of the enclosing function's parameter that is its
   * URL (a wrapper such as `deliverWebhook(url, …)`), or null when its destination is not a parameter.
   */
  private urlParameter(call: ts.CallExpression, shape: HttpClientModel['calls'][number], base: ts.Expression | undefined): number | null {
    if (base !== undefined) return null;
    const urlNode = call.arguments[shape.urlArg];
    if (urlNode === undefined || (shape.urlKey !== undefined && ts.isObjectLiteralExpression(skipOuter(urlNode)))) return null;
    return this.parameterOf(urlNode) ?? null;
  }

  /** Whether an expression is a URL of another origin (a literal, a constant, a `webhookUrl`). */
  isExternalUrl(expr: ts.Expression): boolean {
    return this.classifyUrl(expr, 0) === 'external';
  }

  private isThirdPartyUrl(call: ts.CallExpression, shape: HttpClientModel['calls'][number], base: ts.Expression | undefined): boolean {
    let urlNode = call.arguments[shape.urlArg];
    if (urlNode !== undefined && shape.urlKey !== undefined && ts.isObjectLiteralExpression(skipOuter(urlNode))) {
      const property = (skipOuter(urlNode) as ts.ObjectLiteralExpression).properties.find(
        (candidate): candidate is ts.PropertyAssignment => ts.isPropertyAssignment(candidate) && getStaticName(candidate.name) === shape.urlKey,
      );
      urlNode = property?.initializer;
    }
    if (urlNode !== undefined) {
      if (this.classifyUrl(urlNode, 0) === 'external') return true;
      if (base === undefined || isAbsoluteUrl(resolveOrigin(urlNode, this.checker))) return false;
    }
    return base !== undefined && this.classifyUrl(base, 0) === 'external';
  }

  private classifyUrl(node: ts.Expression, depth: number): 'external' | 'internal' | 'unknown' {
    const destination = this.knowledge.destination;
    const inner = skipOuter(node);
    if (depth > 4) return 'unknown';
    let text: string | undefined;
    if (ts.isStringLiteralLike(inner)) text = inner.text;
    else if (ts.isTemplateExpression(inner)) {
      text = inner.head.text;
      if (text === '') return this.classifyUrl(inner.templateSpans[0]?.expression ?? inner, depth + 1);
    } else if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return this.classifyUrl(inner.left, depth + 1);
    } else if (ts.isBinaryExpression(inner) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(inner.operatorToken.kind)) {
      // `process.env.X ?? 'https://…'`: the fallback tells where the request goes.
      const right = this.classifyUrl(inner.right, depth + 1);
      return right === 'unknown' ? this.classifyUrl(inner.left, depth + 1) : right;
    } else if (ts.isNewExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === 'URL' && inner.arguments !== undefined) {
      const base = inner.arguments[1];
      return this.classifyUrl(base ?? (inner.arguments[0] as ts.Expression), depth + 1);
    }
    if (text !== undefined) {
      const match = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(text);
      if (match === null) return 'internal';
      const host = match[1] as string;
      if (destination?.internalHostPatterns.some((pattern) => cachedRegExp(pattern).test(host))) return 'internal';
      return 'external';
    }
    if (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
      const origin = resolveOrigin(inner, this.checker);
      if (origin !== inner) return this.classifyUrl(origin, depth + 1);
      const name = ts.isIdentifier(inner) ? inner.text : ts.isPropertyAccessExpression(inner) ? inner.name.text : ts.isStringLiteralLike(inner.argumentExpression) ? inner.argumentExpression.text : '';
      if (destination !== undefined && name !== '' && cachedRegExp(destination.externalUrlNamePattern).test(name)) return 'external';
      if (ts.isPropertyAccessExpression(inner) && this.isStoredRecordUrl(inner)) return 'external';
    }
    return 'unknown';
  }

  /**
   * `integration.baseUrl` where `integration` is a stored record (a value with an `id`, not a
   * module constant or `process.env`): an address someone registered with the project (a connected
   * CRM, a tenant's endpoint), which is another party's service; the project's own services come
   * from configuration.
   */
  private isStoredRecordUrl(expr: ts.PropertyAccessExpression): boolean {
    if (!/(url|uri|endpoint|origin|host)$/i.test(expr.name.text)) return false;
    if (this.isConfigValue(expr.expression)) return false;
    const chain = getMemberChain(expr.expression);
    if (chain !== undefined && chain[0] === 'process') return false;
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(expr.expression));
    if (type.getProperty('id') === undefined) return false;
    const declaration = type.getSymbol()?.declarations?.[0];
    return declaration !== undefined && !declaration.getSourceFile().isDeclarationFile;
  }

  // ---------------------------------------------------------------------------------------------
  // Responses

  private frameworksFor(handler: HandlerContext | undefined): readonly ResponseModel[] {
    if (handler?.model !== undefined) {
      const writesOn = handler.model.decorators?.params?.writesOn;
      const extra = writesOn === undefined ? [] : this.knowledge.responses.filter((model) => model.id === writesOn);
      return [handler.model, ...extra];
    }
    return this.activeFrameworks;
  }

  private matchResponseWrite(
    call: ts.CallExpression,
    callee: ts.PropertyAccessExpression,
    handler: HandlerContext | undefined,
    roleOf: (node: ts.Expression) => ParamRole | undefined,
    targets: SinkTarget[],
  ): void {
    const method = callee.name.text;
    const root = getChainRoot(callee.expression);
    const role = roleOf(root) ?? this.conventionalRole(root, handler);
    if (role === undefined) return;
    for (const model of this.frameworksFor(handler)) {
      for (const write of model.writes) {
        if (write.method !== method || write.on !== role) continue;
        targets.push({ sink: 'response', part: write.part, model: model.id, node: call, delivery: false, args: write.args });
      }
      if (targets.length > 0) return;
    }
  }

  /** Outside a recognised handler: a parameter conventionally named like a framework's response. */
  private conventionalRole(root: ts.Expression, handler: HandlerContext | undefined): ParamRole | undefined {
    if (handler !== undefined || !ts.isIdentifier(root)) return undefined;
    const declaration = this.checker.getSymbolAtLocation(root)?.valueDeclaration;
    if (declaration === undefined || !ts.isParameter(declaration)) return undefined;
    for (const model of this.activeFrameworks) {
      for (const role of ['response', 'context'] as const) {
        const names = model.handlerParamNames[role];
        if (names !== undefined && names.includes(root.text) && root.text.length > 1) return role;
      }
    }
    return undefined;
  }

  /** `ctx.body = …`, `res.statusMessage = …`. */
  matchAssignment(left: ts.PropertyAccessExpression, handler: HandlerContext | undefined, roleOf: (node: ts.Expression) => ParamRole | undefined): SinkTarget | undefined {
    const chain = getMemberChain(left);
    if (chain === undefined) return undefined;
    const root = getChainRoot(left);
    const role = roleOf(root) ?? this.conventionalRole(root, handler);
    if (role === undefined) return undefined;
    const property = chain.slice(1).join('.');
    for (const model of this.frameworksFor(handler)) {
      const assignment = model.assignments.find((candidate) => candidate.on === role && candidate.property === property);
      if (assignment !== undefined) return { sink: 'response', part: assignment.part, model: model.id, node: left, delivery: false };
    }
    return undefined;
  }

  /** `new Response(body)`, `new NotFoundException(message)`. */
  matchNew(expr: ts.NewExpression, handler: HandlerContext | undefined): SinkTarget[] {
    const targets: SinkTarget[] = [];
    this.matchConstruct(expr, skipOuter(expr.expression), true, targets);
    this.matchException(expr, handler, targets);
    return targets;
  }

  private matchConstruct(node: ts.CallExpression | ts.NewExpression, callee: ts.Expression, isNew: boolean, targets: SinkTarget[]): void {
    const chain = getMemberChain(callee);
    if (chain === undefined) return;
    const path = chain.join('.');
    for (const model of this.knowledge.responses) {
      for (const construct of model.constructs) {
        if (construct.callee !== path || (construct.construct === true) !== isNew) continue;
        const root = getChainRoot(callee);
        if (construct.module !== undefined) {
          const origin = ts.isIdentifier(root) ? findImportOrigin(root, this.checker) : undefined;
          if (origin === undefined || !isSameModule(origin.module, construct.module)) continue;
        } else if (ts.isIdentifier(root)) {
          const declaration = this.checker.getSymbolAtLocation(root)?.declarations?.[0];
          if (declaration !== undefined && !declaration.getSourceFile().isDeclarationFile) continue;
        }
        targets.push({ sink: 'response', part: construct.part, model: model.id, node, delivery: false, args: construct.args });
        const init = construct.optionKeys;
        if (init !== undefined) {
          const position = Math.max(...construct.args) + 1;
          if (node.arguments?.[position] !== undefined) {
            targets.push({ sink: 'response', part: 'header', model: model.id, node, delivery: false, args: [position], keys: init.map((entry) => entry.key) });
          }
        }
        return;
      }
    }
  }

  private matchException(expr: ts.NewExpression, handler: HandlerContext | undefined, targets: SinkTarget[]): void {
    const callee = skipOuter(expr.expression);
    if (!ts.isIdentifier(callee)) return;
    // A Server Action's caller receives the message of whatever error class it throws.
    const thrown = handler?.thrownErrors;
    if (thrown !== undefined && cachedRegExp(thrown.pattern, '').test(callee.text)) {
      targets.push({ sink: 'response', part: 'body', model: handler?.route.framework ?? '', node: expr, delivery: false, args: thrown.args });
      return;
    }
    const own = this.frameworksFor(handler);
    // The host framework's exceptions answer too: a NestJS GraphQL resolver's `ForbiddenException`
    // becomes the GraphQL error's message. Every exception model requires the class to come from its
    // module (imported, or a project subclass of one), never its name alone.
    const hosts = handler === undefined ? [] : this.activeFrameworks.filter((model) => !own.includes(model) && (model.exceptions?.length ?? 0) > 0);
    for (const model of [...own, ...hosts]) {
      for (const exception of model.exceptions ?? []) {
        if (!cachedRegExp(exception.pattern, '').test(callee.text)) continue;
        const origin = findImportOrigin(callee, this.checker);
        const fromModule = origin !== undefined && isSameModule(origin.module, exception.module);
        const subclass = exception.subclasses === true && origin === undefined ? this.extendsFrameworkClass(callee, exception.module, 0) : false;
        const projectSubclass = exception.subclasses === true && origin !== undefined && origin.module.startsWith('.') && this.extendsFrameworkClass(callee, exception.module, 0);
        // `const { ErrorWithProps } = mercurius`: a binding of the module's class, known by its declared type.
        if (!fromModule && !subclass && !projectSubclass && !this.isClassFromModule(callee, exception.module)) continue;
        targets.push({ sink: 'response', part: 'body', model: model.id, node: expr, delivery: false, args: exception.args });
        return;
      }
    }
  }

  /** Whether an identifier names a class the module declares, however it was bound (`const { X } = mod`). */
  private isClassFromModule(identifier: ts.Identifier, module: string): boolean {
    const declaration = this.checker.getTypeAtLocation(identifier).getSymbol()?.declarations?.[0];
    return declaration !== undefined && ts.isClassDeclaration(declaration) && isModuleDeclarationFile(declaration.getSourceFile().fileName, module);
  }

  private extendsFrameworkClass(identifier: ts.Identifier, module: string, depth: number): boolean {
    if (depth > 5) return false;
    let symbol = this.checker.getSymbolAtLocation(identifier);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.find(ts.isClassDeclaration);
    if (declaration === undefined) return false;
    for (const clause of declaration.heritageClauses ?? []) {
      if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
      const base = clause.types[0]?.expression;
      if (base === undefined || !ts.isIdentifier(base)) continue;
      const origin = findImportOrigin(base, this.checker);
      if (origin !== undefined && isSameModule(origin.module, module)) return true;
      if (this.extendsFrameworkClass(base, module, depth + 1)) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Sanitizers and derivations

  /** Whether reading this property yields something that is not the data (`length`). */
  isConversionProperty(key: string): boolean {
    return this.conversionProperties.has(key);
  }

  /**
   * The category a property of a whole sensitive value has: a derivation (`phone.countryCode` is a
   * phone fragment), `null` when nothing sensitive is left (`card.last4`), undefined when unchanged.
   */
  deriveProperty(category: CategoryId, key: string): CategoryId | null | undefined {
    if (this.truncateProperties.has(key) && category === 'financial') return null;
    for (const derivation of this.knowledge.derivations) {
      if (derivation.kind === 'property' && derivation.from === category && derivation.names.some((name) => matchesName(name, key))) return derivation.to;
    }
    return undefined;
  }

  /** A method or function derivation (`phone.slice(-4)` is a phone fragment). */
  deriveCall(method: string, receiver: Value, args: readonly Value[]): Value | undefined {
    const inputs = receiver.length > 0 ? receiver : mergeValues(...args);
    let changed = false;
    const out: Label[] = [];
    for (const label of inputs) {
      if (label.kind === 'param') {
        if (label.path.length === 0 && this.knowledge.derivations.some((candidate) => (candidate.kind === 'method' || candidate.kind === 'call') && candidate.names.some((name) => matchesName(name, method)))) {
          changed = true;
          out.push({ ...label, transforms: [...(label.transforms ?? []), `derive:${method}`] });
        } else out.push(label);
        continue;
      }
      if (label.path.length > 0) {
        out.push(label);
        continue;
      }
      const derivation = this.knowledge.derivations.find(
        (candidate) => (candidate.kind === 'method' || candidate.kind === 'call') && candidate.from === label.category && candidate.names.some((name) => matchesName(name, method)),
      );
      if (derivation === undefined) {
        out.push(label);
        continue;
      }
      changed = true;
      out.push({ ...label, category: derivation.to });
    }
    return changed ? mergeValues(out) : undefined;
  }



  /** Calls that issue a credential to the caller: `jwt.sign`, session creation (core's issuance calls). */
  isIssuingCall(call: ts.CallExpression): boolean {
    const calls = this.knowledge.auth.issuance?.calls ?? [];
    const chain = getMemberChain(call.expression);
    if (chain === undefined) return false;
    const path = chain.join('.');
    const last = chain.at(-1) ?? '';
    return calls.some((callee) => callee === path || callee === last || path.endsWith(`.${callee}`)) || isIssuanceCall(last, this.knowledge.auth);
  }

  /**
   * Applies a sanitizer or projection matched by import (or by a method name the model lists
   * without a module). Returns undefined when none applies. Name-pattern sanitizers apply only
   * to functions whose body the engine cannot see (see `applyNamedSanitizer`).
   */
  applySanitizer(call: ts.CallExpression, inputs: Value, args: readonly Value[], evaluate: (node: ts.Expression) => Value): Value | undefined {
    const callee = skipOuter(call.expression);
    const chain = getMemberChain(callee);
    const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (last === undefined) return undefined;
    const candidates = [...(this.sanitizersByName.get(last) ?? []), ...(this.sanitizersByName.get('default') ?? [])].sort((a, b) => a.order - b.order);
    for (const { model, entry } of candidates) {
      if (this.matchesSanitizerCall(callee, chain, last, entry) || this.matchesSanitizerChain(callee, entry)) {
        // A truncation whose bounds do not fit this model may fit the next (`slice(0, 2)` is not a last four, but an IBAN's country).
        const applied = this.applyModel(model, call, inputs, args, evaluate);
        if (applied !== undefined || model.kind !== 'truncate') return applied;
      }
    }
    return undefined;
  }

  /**
   * Whether a call is one of core's conversions (`Boolean(x)`, `server.listen()`): its result is
   * not the data, so the name it is bound to (`const address = await app.listen()`) says nothing.
   */
  isConversionCall(call: ts.CallExpression): boolean {
    const callee = skipOuter(call.expression);
    const chain = getMemberChain(callee);
    const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (last === undefined) return false;
    return (this.sanitizersByName.get(last) ?? []).some(({ model, entry }) => model.kind === 'conversion' && model.removes === 'all' && this.matchesSanitizerCall(callee, chain, last, entry));
  }

  /** `createHash('sha256').update(x).digest('hex')`: a chain method on the result of a sanitizer call. */
  private matchesSanitizerChain(callee: ts.Expression, entry: NonNullable<SanitizerModel['calls']>[number]): boolean {
    const chainMethods = entry.chain;
    if (chainMethods === undefined || !ts.isPropertyAccessExpression(callee) || !chainMethods.includes(callee.name.text)) return false;
    let current = skipOuter(callee.expression);
    for (let depth = 0; depth < 6; depth++) {
      if (!ts.isCallExpression(current)) return false;
      const inner = skipOuter(current.expression);
      if (ts.isPropertyAccessExpression(inner) && chainMethods.includes(inner.name.text)) {
        current = skipOuter(inner.expression);
        continue;
      }
      const innerChain = getMemberChain(inner);
      const innerLast = ts.isPropertyAccessExpression(inner) ? inner.name.text : ts.isIdentifier(inner) ? inner.text : undefined;
      return innerLast !== undefined && this.matchesSanitizerCall(inner, innerChain, innerLast, entry);
    }
    return false;
  }

  /** A helper known only by its name (`sha256(x)`, `maskPhone(p)`), when its body is out of sight. */
  applyNamedSanitizer(call: ts.CallExpression, inputs: Value, args: readonly Value[], evaluate: (node: ts.Expression) => Value): Value | undefined {
    const callee = skipOuter(call.expression);
    const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (last === undefined) return undefined;
    for (const { model, pattern } of this.namePatterns) {
      if (pattern.test(last)) return this.applyModel(model, call, inputs, args, evaluate);
    }
    return undefined;
  }

  private matchesSanitizerCall(callee: ts.Expression, chain: string[] | undefined, last: string, entry: NonNullable<SanitizerModel['calls']>[number]): boolean {
    const segments = entry.callee.split('.');
    if (entry.module === undefined) {
      // A method name without a module: `includes`, `slice`, `Boolean`.
      if (segments.length === 1) return last === entry.callee && (ts.isPropertyAccessExpression(callee) || this.isGlobal(callee));
      return chain !== undefined && chain.join('.') === entry.callee && this.isGlobal(getChainRoot(callee));
    }
    const module = entry.module;
    if (ts.isIdentifier(callee)) {
      const origin = findImportOrigin(callee, this.checker);
      if (origin === undefined || !isSameModule(origin.module, module)) return false;
      return origin.export === entry.callee || (entry.callee === 'default' && origin.export === 'default');
    }
    if (!ts.isPropertyAccessExpression(callee) || chain === undefined) {
      return false;
    }
    if (last !== segments.at(-1)) return false;
    const root = getChainRoot(callee);
    if (ts.isIdentifier(root)) {
      const origin = findImportOrigin(root, this.checker);
      if (origin !== undefined && isSameModule(origin.module, module)) return true;
    }
    // A client made by the module: `prisma.user.findUnique(…)` where `prisma = new PrismaClient()`.
    if (ts.isIdentifier(root)) {
      const client = resolveOrigin(root, this.checker);
      if (ts.isNewExpression(client) || ts.isCallExpression(client)) {
        const clientRoot = getChainRoot(client.expression);
        const origin = ts.isIdentifier(clientRoot) ? findImportOrigin(clientRoot, this.checker) : undefined;
        if (origin !== undefined && isSameModule(origin.module, module)) return true;
      }
    }
    // A method on a value made by the module: `UserDto.parse(x)` where `UserDto = z.object(…)`.
    const made = resolveOrigin(callee.expression, this.checker);
    const madeRoot = getChainRoot(made);
    if (ts.isIdentifier(madeRoot) && madeRoot !== made) {
      const origin = findImportOrigin(madeRoot, this.checker);
      return origin !== undefined && isSameModule(origin.module, module);
    }
    return false;
  }

  private isGlobal(node: ts.Expression): boolean {
    if (!ts.isIdentifier(node)) return false;
    const declaration = this.checker.getSymbolAtLocation(node)?.declarations?.[0];
    return declaration === undefined || declaration.getSourceFile().isDeclarationFile;
  }

  private applyModel(model: SanitizerModel, call: ts.CallExpression, inputs: Value, args: readonly Value[], evaluate: (node: ts.Expression) => Value): Value | undefined {
    void evaluate;
    if (model.kind === 'truncate') {
      if (!keepsAtMost(call, model.keeps ?? { from: 'end', length: 4 })) return undefined;
      // Last four card digits are allowed; what else it truncates still derives (a phone's last four).
      const kept = this.applySanitizerModel(model, inputs.filter((label) => label.kind === 'cat'));
      const callee = skipOuter(call.expression);
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const deferred = addTransform(inputs, `sanitize:${model.id}`).map((label) => ({ ...label, transforms: [...((label as ParamLabel).transforms ?? []), `derive:${method}`] }));
      return mergeValues(this.deriveCall(method, kept, []) ?? kept, deferred);
    }
    if (model.kind === 'projection') return this.applyProjection(model, call, inputs, args);
    const concrete = inputs.filter((label) => label.kind === 'cat');
    const deferred = addTransform(inputs, `sanitize:${model.id}`);
    return mergeValues(this.applySanitizerModel(model, concrete), deferred);
  }

  /** What a sanitizer leaves of category labels (also applied at call sites to deferred parameters). */
  applySanitizerModel(model: SanitizerModel, inputs: Value): Value {
    const removes = model.removes === 'all' ? undefined : new Set<CategoryId>(model.removes);
    switch (model.kind) {
      case 'conversion':
        return EMPTY;
      case 'hash':
      case 'redact':
        return removes === undefined ? EMPTY : inputs.filter((label) => label.kind === 'cat' && !removes.has(label.category)).map((label) => ({ ...label, path: [] }));
      case 'mask': {
        const out: Label[] = [];
        for (const label of inputs) {
          if (label.kind === 'param') continue;
          if (label.category === 'phone' || label.category === 'phone-fragment') out.push({ ...label, category: 'phone-fragment', path: [] });
          else if (removes !== undefined && !removes.has(label.category)) out.push({ ...label, path: [] });
        }
        return out;
      }
      case 'truncate':
        return inputs.filter((label) => label.kind === 'param' || !(removes?.has(label.category) ?? true));
      default:
        return inputs;
    }
  }

  private applyProjection(model: SanitizerModel, call: ts.CallExpression, inputs: Value, args: readonly Value[]): Value | undefined {
    if (model.id === 'zod-parse') return this.applyZod(call, inputs, model);
    if (model.optionKeys !== undefined && model.mode === 'allowlist') return this.applySelect(call, model.optionKeys);
    if (model.optionKeys !== undefined) return undefined;
    const keys = readKeyList(call.arguments[1]);
    if (keys === undefined) return undefined;
    const subject = args[0] ?? EMPTY;
    return model.mode === 'denylist' ? omitKeys(subject, keys) : pickKeys(subject, keys);
  }

  /**
   * Replays a parameter's recorded operations on the caller's argument. The caller's own
   * parameter labels in the argument record the same operations for their callers in turn.
   */
  applyTransforms(value: Value, transforms: readonly string[]): Value {
    let current: Value = value.filter((label) => label.kind === 'cat');
    for (const transform of transforms) {
      const [kind, name] = transform.split(':') as [string, string];
      if (kind === 'derive') current = this.deriveCall(name, current, []) ?? current;
      else if (kind === 'omit') current = omitKeys(current, new Set(name.split(',')));
      else if (kind === 'remove') {
        const removed = new Set(name.split(','));
        current = current.filter((label) => label.kind === 'param' || !removed.has(label.category));
      } else if (kind === 'sanitize') {
        const model = this.knowledge.sanitizers.find((candidate) => candidate.id === name);
        if (model !== undefined) current = this.applySanitizerModel(model, current);
      }
    }
    const params = value
      .filter((label) => label.kind === 'param')
      .map((label) => ({ ...label, transforms: [...((label as { transforms?: readonly string[] }).transforms ?? []), ...transforms] }));
    return mergeValues(current, params);
  }


  /**
   * A query with a `select` (Prisma): the result holds exactly the selected fields, whatever the
   * model has, so its categories are those of the selected names (nested selects included).
   */
  private applySelect(call: ts.CallExpression, optionKeys: readonly string[]): Value | undefined {
    const options = call.arguments[0];
    if (options === undefined || !ts.isObjectLiteralExpression(skipOuter(options))) return undefined;
    const select = findProperty(skipOuter(options) as ts.ObjectLiteralExpression, optionKeys);
    if (select === undefined || !ts.isObjectLiteralExpression(skipOuter(select))) return undefined;
    const out: Label[] = [];
    const visit = (object: ts.ObjectLiteralExpression, path: readonly string[]): void => {
      for (const property of object.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const key = getStaticName(property.name);
        if (key === undefined) continue;
        const value = skipOuter(property.initializer);
        if (value.kind === ts.SyntaxKind.FalseKeyword) continue;
        const step = this.locator.step('source', property);
        for (const category of this.knowledge.classify(key)) out.push({ kind: 'cat', category, path: [...path, key], trace: [step] });
        if (ts.isObjectLiteralExpression(value)) {
          const nested = findProperty(value, optionKeys);
          if (nested !== undefined && ts.isObjectLiteralExpression(skipOuter(nested))) visit(skipOuter(nested) as ts.ObjectLiteralExpression, [...path, key]);
        }
      }
    };
    visit(skipOuter(select) as ts.ObjectLiteralExpression, []);
    return mergeValues(out);
  }

  /** `Schema.parse(value)`: only the keys of the `z.object({…})` schema survive, unless it keeps all. */
  private applyZod(call: ts.CallExpression, inputs: Value, model: SanitizerModel): Value | undefined {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const schema = resolveOrigin(callee.expression, this.checker);
    const keys = new Set<string>();
    let keepsAll = false;
    const visit = (node: ts.Expression, depth: number): void => {
      if (depth > 6) return;
      const inner = skipOuter(node);
      if (!ts.isCallExpression(inner)) return;
      const target = skipOuter(inner.expression);
      const chain = getMemberChain(target);
      const name = ts.isPropertyAccessExpression(target) ? target.name.text : '';
      if ((model.keepsAll ?? []).some((entry) => entry === name || entry === chain?.join('.'))) keepsAll = true;
      if ((name === 'object' || name === 'strictObject') && inner.arguments[0] !== undefined && ts.isObjectLiteralExpression(skipOuter(inner.arguments[0]))) {
        for (const property of (skipOuter(inner.arguments[0]) as ts.ObjectLiteralExpression).properties) {
          const key = property.name === undefined ? undefined : getStaticName(property.name);
          if (key !== undefined) keys.add(key);
        }
      }
      if (ts.isPropertyAccessExpression(target)) visit(resolveOrigin(target.expression, this.checker), depth + 1);
    };
    visit(schema, 0);
    if (keepsAll) return call.arguments[0] === undefined ? EMPTY : inputs;
    if (keys.size === 0) return undefined;
    // Nothing known about the input (a request body, `JSON.parse` of a message): the schema's
    // declared output type says which fields the value has, so the caller reads it from the type.
    if (inputs.length === 0) return undefined;
    const subject = inputs.filter((label) => label.kind === 'param' || label.path.length > 0);
    const picked = pickKeys(subject, keys);
    const name = callee.name.text;
    // `safeParse` holds the value under `data`.
    return name.startsWith('safe') ? picked.map((label) => ({ ...label, path: ['data', ...label.path] })) : picked;
  }
}

/** Whether a `slice`/`substring`/`substr`/`at` call keeps at most the part a truncation allows, by literal bounds. */
function keepsAtMost(call: ts.CallExpression, keeps: NonNullable<SanitizerModel['keeps']>): boolean {
  const first = call.arguments[0];
  if (first === undefined) return false;
  const inner = skipOuter(first);
  if (keeps.from === 'start') {
    // `slice(0, 2)`, `substring(0, 2)`, `substr(0, 2)`: both bounds literal, from the first character.
    const second = call.arguments[1];
    if (call.arguments.length !== 2 || second === undefined || !ts.isNumericLiteral(inner) || Number(inner.text) !== 0) return false;
    const end = skipOuter(second);
    return ts.isNumericLiteral(end) && Number(end.text) <= keeps.length;
  }
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(inner.operand)) {
    return Number(inner.operand.text) <= keeps.length && call.arguments.length === 1;
  }
  // `substring(pan.length - 4)`
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(inner.right)) {
    return Number(inner.right.text) <= keeps.length && ts.isPropertyAccessExpression(inner.left) && inner.left.name.text === 'length';
  }
  return false;
}

/** A URL literal or template that names its own origin (`https://…`), which a client's base URL does not change. */
function isAbsoluteUrl(node: ts.Expression): boolean {
  const inner = skipOuter(node);
  const text = ts.isStringLiteralLike(inner) ? inner.text : ts.isTemplateExpression(inner) ? inner.head.text : undefined;
  return text !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

function readKeyList(node: ts.Expression | undefined): Set<string> | undefined {
  if (node === undefined) return undefined;
  const inner = skipOuter(node);
  if (ts.isStringLiteralLike(inner)) return new Set([inner.text]);
  if (!ts.isArrayLiteralExpression(inner)) return undefined;
  const keys = new Set<string>();
  for (const element of inner.elements) {
    const value = skipOuter(element);
    if (!ts.isStringLiteralLike(value)) return undefined;
    keys.add(value.text.split('.')[0] as string);
  }
  return keys;
}

function readRedactPaths(options: ts.ObjectLiteralExpression): string[] {
  const property = options.properties.find((candidate): candidate is ts.PropertyAssignment => ts.isPropertyAssignment(candidate) && getStaticName(candidate.name) === 'redact');
  if (property === undefined) return [];
  let list = skipOuter(property.initializer);
  if (ts.isObjectLiteralExpression(list)) {
    const paths = list.properties.find((candidate): candidate is ts.PropertyAssignment => ts.isPropertyAssignment(candidate) && getStaticName(candidate.name) === 'paths');
    if (paths === undefined) return [];
    list = skipOuter(paths.initializer);
  }
  if (!ts.isArrayLiteralExpression(list)) return [];
  const out: string[] = [];
  for (const element of list.elements) {
    const value = skipOuter(element);
    if (ts.isStringLiteralLike(value)) out.push(value.text);
  }
  return out;
}

/** Derivation names: a trailing `*` matches any name with that prefix (as in core's findDerivation). */
function matchesName(pattern: string, name: string): boolean {
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

function findProperty(object: ts.ObjectLiteralExpression, keys: readonly string[]): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && keys.includes(getStaticName(property.name) ?? '')) return property.initializer;
  }
  return undefined;
}

function isFunctionLike(node: ts.Node): boolean {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}
