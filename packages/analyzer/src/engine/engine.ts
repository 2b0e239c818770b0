import { ts } from 'ts-morph';
import type { CategoryId, ResponsePart, SinkId, TraceStep } from '@leakwatch/core';
import { REQUEST_BODY_READERS, REQUEST_SECRET_HEADERS, ZOD_PARSE_METHODS, isCallerExpressionText, isCredentialBodyRoute, isDatabaseClientFile, isIssuedCredentialName } from '@leakwatch/core';
import type { HandlerContext } from '../routes/types.js';
import type { Knowledge } from './knowledge.js';
import type { CategoryLabel, Label, ParamLabel, Value } from './labels.js';
import {
  EMPTY,
  MAX_PATH,
  addTransform,
  categoryLabels,
  extendTrace,
  flattenValue,
  mergeValues,
  nestValue,
  omitKeys,
  pickKeys,
  projectValue,
  withStep,
} from './labels.js';
import { findDeclaredSymbol, findImportOrigin, isSameModule, matchesReceiver, resolveOrigin } from './receivers.js';
import type { FunctionNode, Locator } from './syntax.js';
import { describeFunction, findContainer, getChainRoot, getMemberChain, getReturnedExpressions, getStaticName, isFunctionNode, skipOuter } from './syntax.js';
import { TypeCategories, isOpenType } from './type-labels.js';
import { SinkMatcher } from './sinks.js';
import { OrmProjections, markCreatedByCaller } from './orm-projections.js';
import type { SinkTarget } from './sinks.js';
import { isCountCallName, isDigitFreeMask } from '@leakwatch/core';

/** A category reaching a sink, before the policy checks decide whether it is a finding. */
export interface SinkHit {
  readonly sink: SinkId;
  readonly part: ResponsePart | undefined;
  /** Where the finding is reported: the sink call, the `return`, the assignment, the wrapper call. */
  readonly node: ts.Node;
  readonly label: CategoryLabel;
  readonly handler: HandlerContext | undefined;
  /** The enclosing function (`UsersController.findOne`), for fingerprints. */
  readonly scope: string;
  /** The handler or summary root the hit sits in, to find the handlers that call it. */
  readonly scopeNode: ts.Node;
  /** The model that recognised the sink (`pino`, `express`, `sentry`). */
  readonly model: string;
  /** Data delivered to its own subject through a provider (an SMS to the user's number). */
  readonly delivery: boolean;
  /** Whether the sink was reached through a wrapper of the project (reported at the wrapper call). */
  readonly viaWrapper: boolean;
  /** NestJS: a class instance answered through `ClassSerializerInterceptor`. */
  readonly serialized: boolean;
  /** Account state told after the caller proved ownership (a verified password). */
  readonly afterOwnershipProof: boolean;
}

/** A response a handler (or a function it calls) can give, for the account-oracle check. */
export interface Emission {
  readonly node: ts.Node;
  readonly text: string;
  /** The handler, or the function the answer is given in (a service throwing an HTTP exception). */
  readonly scope: ts.Node;
}

/** A branch on account state (`if (user.locked)`) in a handler or a function it calls. */
export interface StatusBranch {
  readonly condition: ts.Expression;
  readonly branch: ts.Statement;
  readonly scope: ts.Node;
  /** The handler it sits in; absent in a service, whose handlers are found through its callers. */
  readonly handler: HandlerContext | undefined;
  readonly label: CategoryLabel;
  /** Whether a check on a credential (a password verification) comes before it. */
  readonly afterOwnershipProof: boolean;
}

/** A parameter that reaches a sink inside a function: applied at every call site. */
interface SinkFlow {
  readonly index: number;
  readonly proj: readonly string[];
  /** Where the parameter sits in the sink's argument (`{ event, ...fields }`: `[]`), for redaction. */
  readonly path: readonly string[];
  readonly transforms: readonly string[];
  readonly target: SinkTarget;
  readonly trace: readonly TraceStep[];
  readonly categoriesReportedInside: ReadonlySet<CategoryId>;
}

/** A function's summary: what its return carries and which parameters reach which sinks. */
interface Summary {
  returns: Value;
  readonly flows: SinkFlow[];
}

/** An evaluation frame: one function body, evaluated as a summary root or inline at a call. */
interface Frame {
  readonly fn: FunctionNode | ts.SourceFile;
  readonly root: Frame;
  readonly parent: Frame | undefined;
  /** Inline frames: values of the parameters, given by the caller. Absent on roots. */
  readonly bindings: Map<ts.ParameterDeclaration, Value> | undefined;
  readonly memo: Map<ts.Node, Value>;
  readonly handler: HandlerContext | undefined;
  readonly returns: Value[];
  /** Roots only: the summary being built. */
  readonly summary: Summary | undefined;
  readonly depth: number;
}

const CALLBACK_METHODS_ELEMENT = new Set(['map', 'flatMap', 'filter', 'find', 'findLast', 'forEach', 'some', 'every', 'sort', 'findIndex']);
const ELEMENT_PRESERVING = new Set(['filter', 'find', 'findLast', 'slice', 'concat', 'reverse', 'sort', 'toSorted', 'toReversed', 'at', 'pop', 'shift', 'flat', 'values', 'entries', 'splice']);
const ARRAY_BOOLEAN = new Set(['some', 'every', 'includes', 'indexOf', 'findIndex', 'lastIndexOf']);
const ARRAY_METHODS = new Set([...CALLBACK_METHODS_ELEMENT, ...ELEMENT_PRESERVING, ...ARRAY_BOOLEAN, 'reduce', 'reduceRight', 'join', 'toString']);
const MAX_INLINE_DEPTH = 6;
const EMPTY_ARGS: readonly Value[] = Object.freeze([]);
/** Getters whose string argument names the value they return (headers, cookies, params, env). */
const KEYED_GETTERS = new Set(['get', 'getHeader', 'header', 'getAll', 'param', 'cookie', 'getItem']);
/** Request headers always carry these, whatever the request's type says (policy: credentials include Authorization and Cookie values). */
/** Parts of a request whose shape, when untyped, is read from how the handler uses them. */
const REQUEST_PARTS = new Set(['body', 'query', 'params', 'cookies']);
// Request methods that read the body: Fetch `Request` (Next.js, Hono's `c.req.raw`), Hono `c.req`.
const BODY_READERS = new Set(REQUEST_BODY_READERS);
const SCHEMA_PARSES = new Set(ZOD_PARSE_METHODS);
/** Parts of a context object (Koa `ctx`, Hono `c`) that hold the request. */
const CONTEXT_REQUEST_PARTS = new Set(['request', 'req', 'params', 'query', 'body', 'headers', 'cookies']);

/**
 * The whole-program engine: evaluates each function once into a summary (what its return value
 * carries, which parameters reach which sinks, by property path), reuses summaries at every call
 * site, and records sink hits with traces. Values are sets of labels (see labels.ts); sources are
 * names (classified by core) and declared types (a `User` carries its properties' categories).
 */
export class Engine {
  readonly hits: SinkHit[] = [];
  readonly emissions: Emission[] = [];
  readonly statusBranches: StatusBranch[] = [];
  private readonly hitKeys = new Set<string>();
  private readonly summaries = new Map<ts.Node, Summary>();
  private readonly inProgress = new Set<ts.Node>();
  private readonly moduleFrames = new Map<ts.SourceFile, Frame>();
  private readonly fieldValues = new Map<ts.Symbol, Value>();
  private readonly assignmentIndex = new Map<ts.Node, Map<ts.Symbol, ts.Expression[]>>();
  private readonly evaluated = new Set<ts.Node>();
  private readonly types: TypeCategories;
  private readonly sinks: SinkMatcher;
  private readonly orm: OrmProjections;
  private functionCount = 0;

  constructor(
    private readonly program: ts.Program,
    private readonly checker: ts.TypeChecker,
    private readonly knowledge: Knowledge,
    private readonly locator: Locator,
    private readonly handlers: ReadonlyMap<ts.Node, HandlerContext>,
    private readonly isProjectFile: (fileName: string) => boolean,
    /**
     * Whether a module's top level is walked when the module is first referenced (default: every
     * project module). A scoped scan walks only the modules it reports on; values of other
     * modules' bindings are still evaluated on demand, from their initializers and assignments.
     */
    private readonly isModuleWalked: (sourceFile: ts.SourceFile) => boolean = () => true,
  ) {
    const excludeDecorators = new Set(
      knowledge.sanitizers.filter((model) => model.kind === 'serializer-exclude').flatMap((model) => (model.calls ?? []).map((call) => call.callee)),
    );
    this.types = new TypeCategories(
      checker,
      knowledge.classify,
      (fileName) => isProjectFile(fileName) || /[\\/]\.prisma[\\/]client[\\/]/.test(fileName),
      excludeDecorators,
    );
    this.sinks = new SinkMatcher(checker, knowledge, program, locator);
    this.orm = new OrmProjections(program, checker, isProjectFile);
  }

  /** How many functions were summarised. */
  get functions(): number {
    return this.functionCount;
  }

  /** Evaluates a file: its top level, every function declared in it, and any callback left unevaluated. */
  analyzeFile(sourceFile: ts.SourceFile): void {
    this.moduleFrame(sourceFile);
    const visit = (node: ts.Node): void => {
      if (isFunctionNode(node)) {
        const container = findContainer(node);
        if (ts.isSourceFile(container)) {
          if (!this.evaluated.has(node)) this.summarize(node);
        } else if (!this.evaluated.has(node)) {
          // A nested function nobody called or passed: evaluate it inside its parent's root frame.
          const parentFrame = this.rootFrameFor(container);
          this.evaluateInline(node, parentFrame, undefined);
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(sourceFile, visit);
  }

  // ---------------------------------------------------------------------------------------------
  // Frames and summaries

  private moduleFrame(sourceFile: ts.SourceFile): Frame {
    let frame = this.moduleFrames.get(sourceFile);
    if (frame !== undefined) return frame;
    const summary: Summary = { returns: EMPTY, flows: [] };
    const self = {} as { frame: Frame };
    frame = {
      fn: sourceFile,
      get root() {
        return self.frame;
      },
      parent: undefined,
      bindings: undefined,
      memo: new Map(),
      handler: undefined,
      returns: [],
      summary,
      depth: 0,
    } as Frame;
    self.frame = frame;
    this.moduleFrames.set(sourceFile, frame);
    if (this.isProjectFile(sourceFile.fileName) && this.isModuleWalked(sourceFile)) {
      for (const statement of sourceFile.statements) this.walk(statement, frame);
    }
    return frame;
  }

  private rootFrames = new Map<ts.Node, Frame>();

  private rootFrameFor(fn: FunctionNode): Frame {
    const existing = this.rootFrames.get(fn);
    if (existing !== undefined) return existing;
    this.summarize(fn);
    return this.rootFrames.get(fn) as Frame;
  }

  /** The summary of a function, computed once. Recursion gets an empty summary. */
  private summarize(fn: FunctionNode): Summary {
    const cached = this.summaries.get(fn);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(fn)) return { returns: EMPTY, flows: [] };
    this.inProgress.add(fn);
    this.evaluated.add(fn);
    this.functionCount++;
    const summary: Summary = { returns: EMPTY, flows: [] };
    const self = {} as { frame: Frame };
    const container = findContainer(fn);
    const parent = ts.isSourceFile(container) ? this.moduleFrame(container) : undefined;
    const frame = {
      fn,
      get root() {
        return self.frame;
      },
      parent,
      bindings: undefined,
      memo: new Map(),
      handler: this.handlers.get(fn),
      returns: [],
      summary,
      depth: 0,
    } as Frame;
    self.frame = frame;
    this.rootFrames.set(fn, frame);
    this.runBody(fn, frame);
    summary.returns = mergeValues(...frame.returns);
    this.inProgress.delete(fn);
    this.summaries.set(fn, summary);
    return summary;
  }

  /** Evaluates a nested function at a call site with its parameters bound; returns what it returns. */
  private evaluateInline(fn: FunctionNode, parent: Frame, args: readonly Value[] | undefined): Value {
    if (parent.depth > MAX_INLINE_DEPTH) return EMPTY;
    for (let frame: Frame | undefined = parent; frame !== undefined; frame = frame.parent) if (frame.fn === fn) return EMPTY;
    this.evaluated.add(fn);
    const bindings = new Map<ts.ParameterDeclaration, Value>();
    fn.parameters.forEach((parameter, index) => {
      let value: Value;
      if (args === undefined) value = this.unboundParameter(parameter);
      else if (parameter.dotDotDotToken !== undefined) value = mergeValues(...args.slice(index));
      else value = args[index] ?? EMPTY;
      bindings.set(parameter, value);
    });
    const frame: Frame = {
      fn,
      root: parent.root,
      parent,
      bindings,
      memo: new Map(),
      handler: this.handlers.get(fn) ?? parent.handler,
      returns: [],
      summary: undefined,
      depth: parent.depth + 1,
    };
    this.runBody(fn, frame);
    return mergeValues(...frame.returns);
  }

  private runBody(fn: FunctionNode, frame: Frame): void {
    const body = fn.body;
    if (body === undefined) return;
    if (ts.isBlock(body)) {
      for (const statement of body.statements) this.walk(statement, frame);
    } else {
      const value = this.evaluate(body, frame);
      frame.returns.push(value);
      this.checkReturn(body, value, frame);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private walk(node: ts.Node, frame: Frame): void {
    if (isFunctionNode(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
      if (ts.isClassDeclaration(node) && ts.isSourceFile(frame.fn)) return;
      return;
    }
    if (ts.isReturnStatement(node)) {
      if (node.expression !== undefined) {
        const value = mergeValues(this.evaluate(node.expression, frame), this.stateReturnLabels(node, node.expression, frame));
        frame.returns.push(value);
        this.checkReturn(node, value, frame);
      }
      return;
    }
    if (ts.isVariableDeclaration(node)) {
      this.variableValue(node, frame);
      if (node.initializer !== undefined) this.evaluate(node.initializer, frame);
      return;
    }
    if (ts.isIfStatement(node)) {
      this.evaluate(node.expression, frame);
      this.noteStatusBranch(node.expression, node.thenStatement, frame);
      if (node.elseStatement !== undefined) this.noteStatusBranch(node.expression, node.elseStatement, frame);
      this.walk(node.thenStatement, frame);
      if (node.elseStatement !== undefined) this.walk(node.elseStatement, frame);
      return;
    }
    if (ts.isSwitchStatement(node)) {
      this.evaluate(node.expression, frame);
      for (const clause of node.caseBlock.clauses) {
        if (ts.isCaseClause(clause)) {
          const literal = skipOuter(clause.expression);
          const stateCase = ts.isStringLiteralLike(literal) && this.knowledge.classify(literal.text).includes('account-status');
          for (const statement of clause.statements) this.noteStatusBranch(node.expression, statement, frame, stateCase ? node.expression : undefined);
        }
        for (const statement of clause.statements) this.walk(statement, frame);
      }
      return;
    }
    if (ts.isThrowStatement(node)) {
      this.evaluate(node.expression, frame);
      return;
    }
    if (ts.isExpression(node)) {
      this.evaluate(node, frame);
      return;
    }
    ts.forEachChild(node, (child) => this.walk(child, frame));
  }

  private checkReturn(node: ts.Node, value: Value, frame: Frame): void {
    const handler = frame.handler;
    if (handler === undefined || handler.node !== frame.fn || !handler.returnIsBody) return;
    const expression = ts.isReturnStatement(node) ? node.expression : (node as ts.Expression);
    if (expression === undefined) return;
    this.emit(node, frame);
    this.reachSink(value, { sink: 'response', part: 'body', model: handler.route.framework, node, delivery: false, serialized: handler.serializer }, frame);
  }

  // ---------------------------------------------------------------------------------------------
  // Account-state branches and responses (for the oracle check)

  private emit(node: ts.Node, frame: Frame): void {
    const text = node.getText().replace(/\s+/g, ' ').replace(/^return\s+/, '').replace(/;$/, '');
    this.emissions.push({ node, text, scope: this.scopeOf(frame) });
  }

  /** The handler a frame belongs to, or its summary root outside handlers. */
  private scopeOf(frame: Frame): ts.Node {
    return frame.handler?.node ?? frame.root.fn;
  }

  private readonly callers = new Map<ts.Node, Set<ts.Node>>();

  /** Handlers that reach a function through project calls (breadth-first, a few levels up). */
  handlersOf(scope: ts.Node): HandlerContext[] {
    const found: HandlerContext[] = [];
    const seen = new Set<ts.Node>([scope]);
    let layer = [scope];
    for (let depth = 0; depth < 4 && layer.length > 0; depth++) {
      const next: ts.Node[] = [];
      for (const node of layer) {
        for (const caller of this.callers.get(node) ?? []) {
          if (seen.has(caller)) continue;
          seen.add(caller);
          const handler = this.handlers.get(caller);
          if (handler !== undefined) found.push(handler);
          else next.push(caller);
        }
      }
      layer = next;
    }
    return found;
  }

  private noteStatusBranch(condition: ts.Expression, branch: ts.Statement, frame: Frame, stateSubject?: ts.Expression): void {
    const handler = frame.handler;
    if (handler === undefined && ts.isSourceFile(frame.root.fn)) return;
    // `if (!user || user.banned || wrongPassword)`: one answer for every failure is no oracle.
    const inner = skipOuter(condition);
    if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      const operands = flattenOr(inner);
      if (operands.some((operand) => !this.conditionLabels(operand, frame).some((label) => label.category === 'account-status' && label.path.length === 0))) return;
    }
    const labels = stateSubject === undefined ? this.conditionLabels(condition, frame) : [{ kind: 'cat' as const, category: 'account-status' as const, path: [], trace: [this.locator.step('source', stateSubject)] }];
    const status = labels.find((label) => label.category === 'account-status' && label.path.length === 0);
    if (status === undefined) return;
    if (stateSubject !== undefined) condition = stateSubject;
    this.statusBranches.push({
      condition,
      branch,
      scope: this.scopeOf(frame),
      handler,
      label: status,
      afterOwnershipProof: this.hasOwnershipProofBefore(condition, frame),
    });
  }

  /**
   * The account-state label of a value chosen by a condition on account state (a ternary, a lookup
   * keyed by the state). Nothing when both choices are the same text, or when the condition ORs the
   * state with other failures (`!user || user.banned ? 404 : 200` answers all of them alike).
   */
  private stateChoiceLabels(condition: ts.Expression, whenTrue: ts.Expression | undefined, whenFalse: ts.Expression | undefined, frame: Frame): CategoryLabel[] {
    if (whenTrue !== undefined && whenFalse !== undefined && normalizeText(whenTrue) === normalizeText(whenFalse)) return [];
    const inner = skipOuter(condition);
    if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      if (flattenOr(inner).some((operand) => !this.conditionLabels(operand, frame).some(isStateLabel))) return [];
    }
    const status = this.conditionLabels(condition, frame).find(isStateLabel);
    if (status === undefined) return [];
    return [{ kind: 'cat', category: 'account-status', path: [], trace: [this.locator.step('source', condition)] }];
  }

  /** The account-state label of an assignment made inside an `if`/`switch` branch on account state. */
  private stateBranchLabels(node: ts.Node, container: ts.Node, frame: Frame): CategoryLabel[] {
    for (let child = node, parent = node.parent; parent !== undefined && parent !== container && !isFunctionNode(parent); child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && child !== parent.expression) {
        const labels = this.stateChoiceLabels(parent.expression, undefined, undefined, frame);
        if (labels.length > 0) return labels;
      }
      if (ts.isCaseClause(parent) && child !== parent.expression) {
        const subject = parent.parent.parent.expression;
        const literal = skipOuter(parent.expression);
        if (ts.isStringLiteralLike(literal) && this.knowledge.classify(literal.text).includes('account-status')) {
          return [{ kind: 'cat', category: 'account-status', path: [], trace: [this.locator.step('source', subject)] }];
        }
        const labels = this.stateChoiceLabels(subject, undefined, undefined, frame);
        if (labels.length > 0) return labels;
      }
    }
    return [];
  }

  /**
   * `if (row.suspended) return { admitted: false, reason: 'account-suspended' }` in a function that
   * is no handler (a service): the returned value is chosen by account state, so its parts that
   * differ from every answer given outside such branches (`reason`, not `admitted`) carry the
   * state to whoever answers it. Nothing for an absent result (`return null`), the same answer as
   * elsewhere, a condition that ORs the state with other failures, or after a verified password.
   */
  private stateReturnLabels(statement: ts.ReturnStatement, expression: ts.Expression, frame: Frame): CategoryLabel[] {
    const labels = this.stateReturnLabelsOf(statement, expression, frame);
    if (labels.length > 0) this.stateReturns.add(statement);
    return labels;
  }

  private stateReturnLabelsOf(statement: ts.ReturnStatement, expression: ts.Expression, frame: Frame): CategoryLabel[] {
    const fn = frame.fn;
    if (ts.isSourceFile(fn) || this.handlers.has(fn) || isAbsentValue(expression)) return [];
    const state = this.stateBranchLabels(statement, fn, frame);
    const condition = state.length === 0 ? undefined : findBranchCondition(statement, fn);
    if (condition === undefined || this.hasOwnershipProofBefore(condition, frame)) return [];
    const others = collectReturns(fn).filter((other) => other !== statement && other.expression !== undefined && this.stateBranchLabels(other, fn, frame).length === 0);
    const returned = skipOuter(expression);
    if (!ts.isObjectLiteralExpression(returned)) {
      return others.some((other) => normalizeText(other.expression as ts.Expression) === normalizeText(returned)) ? [] : state;
    }
    const out: CategoryLabel[] = [];
    for (const property of returned.properties) {
      const key = ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property) ? getStaticName(property.name) : undefined;
      if (key === undefined) continue;
      const text = ts.isPropertyAssignment(property) ? normalizeText(property.initializer) : key;
      // The same value under the same key in another answer (`admitted: false` for an unknown card) tells nothing.
      if (others.some((other) => literalValueText(other.expression as ts.Expression, key) === text)) continue;
      out.push(...nestValue(state, key).filter((label): label is CategoryLabel => label.kind === 'cat'));
    }
    return out;
  }

  /** Return statements of services whose answer carries the account state (see `stateReturnLabels`). */
  private readonly stateReturns = new Set<ts.Node>();

  /**
   * `result.reason === 'disabled'` where `result` is what a project function returned, and none of
   * its returns giving `reason: 'disabled'` carries the account state (it comes after the password
   * the function verified, or on no state branch): that comparison tells nothing of the state,
   * even though another value of the same field does (`'locked'`, decided before the password).
   */
  private isStatelessAnswer(operand: ts.Expression, value: string, frame: Frame): boolean {
    const member = skipOuter(operand);
    if (!ts.isPropertyAccessExpression(member) || !ts.isIdentifier(member.expression)) return false;
    const declaration = this.checker.getSymbolAtLocation(member.expression)?.valueDeclaration;
    if (declaration === undefined || !ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return false;
    let call = skipOuter(declaration.initializer);
    if (ts.isAwaitExpression(call)) call = skipOuter(call.expression);
    if (!ts.isCallExpression(call)) return false;
    // Only an operand that carries the state can be cleared; evaluating it also summarises the
    // function, whose summary judges its returns (memoised: the condition reads it next anyway).
    if (!categoryLabels(this.evaluate(member, frame)).some((label) => label.category === 'account-status')) return false;
    const target = this.resolveFunction(skipOuter(call.expression));
    if (target === undefined) return false;
    const giving = this.findReturnsGiving(target, member.name.text, value);
    return giving.length > 0 && giving.every((statement) => !this.stateReturns.has(statement));
  }

  private readonly returnsGiving = new Map<ts.Node, Map<string, ts.ReturnStatement[]>>();

  /** A function's returns whose object literal gives the key this string literal (`reason: 'disabled'`). */
  private findReturnsGiving(fn: FunctionNode, key: string, value: string): ts.ReturnStatement[] {
    let byKey = this.returnsGiving.get(fn);
    if (byKey === undefined) {
      byKey = new Map();
      this.returnsGiving.set(fn, byKey);
    }
    const cacheKey = `${key}\u0000${value}`;
    let giving = byKey.get(cacheKey);
    if (giving === undefined) {
      giving = collectReturns(fn).filter((statement) => {
        const returned = statement.expression === undefined ? undefined : skipOuter(statement.expression);
        if (returned === undefined || !ts.isObjectLiteralExpression(returned)) return false;
        return returned.properties.some((property) => {
          if (!ts.isPropertyAssignment(property) || getStaticName(property.name) !== key) return false;
          const initializer = skipOuter(property.initializer);
          return ts.isStringLiteralLike(initializer) && initializer.text === value;
        });
      });
      byKey.set(cacheKey, giving);
    }
    return giving;
  }

  /** Labels of every operand of a condition: `user.status === 'locked'` reads `user.status`. */
  private conditionLabels(condition: ts.Expression, frame: Frame): CategoryLabel[] {
    const out: CategoryLabel[] = [];
    let hops = 0;
    // Operands whose compared value is an answer that carries no state (`result.reason === 'disabled'`).
    let stateless: Set<ts.Node> | undefined;
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && isEquality(node.operatorToken.kind)) {
        for (const [side, other] of [[node.left, node.right], [node.right, node.left]] as const) {
          const literal = skipOuter(side);
          if (!ts.isStringLiteralLike(literal)) continue;
          if (this.isStatelessAnswer(other, literal.text, frame)) (stateless ??= new Set()).add(skipOuter(other));
          // `account.status === 'suspended'`: comparing with an account-state word is a branch on it.
          else if (this.knowledge.classify(literal.text).includes('account-status')) {
            out.push({ kind: 'cat', category: 'account-status', path: [], trace: [this.locator.step('source', other)] });
          }
        }
      }
      if (stateless?.has(node) === true) return;
      if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isCallExpression(node) || ts.isElementAccessExpression(node)) {
        if (ts.isIdentifier(node) && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) return;
        out.push(...categoryLabels(this.evaluate(node as ts.Expression, frame)));
        // `const ok = await verify(password, hash); if (!ok)`: the check reads what the call was given.
        if (ts.isIdentifier(node) && hops < 4) {
          const declaration = this.checker.getSymbolAtLocation(node)?.valueDeclaration;
          if (declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && !declaration.getSourceFile().isDeclarationFile) {
            hops++;
            visit(declaration.initializer);
          }
        }
        if (ts.isCallExpression(node)) {
          node.arguments.forEach(visit);
          out.push(...this.predicateLabels(node));
        }
        if (ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) return;
      }
      if (isFunctionNode(node)) return;
      ts.forEachChild(node, visit);
    };
    visit(condition);
    return out;
  }

  private predicateDepth = 0;

  /**
   * `if (isRestricted(row))`: a project predicate (it returns a boolean) whose returned condition
   * reads account state (`member.banStatus !== 'none'`) is a branch on that state at its call.
   */
  private predicateLabels(call: ts.CallExpression): CategoryLabel[] {
    if (this.predicateDepth > 2) return [];
    const target = this.resolveFunction(skipOuter(call.expression));
    if (target === undefined || target.body === undefined) return [];
    // Whether a predicate reads account state depends on its body only: decided once per function.
    let reads = this.predicateReads.get(target);
    if (reads === undefined) {
      reads = this.readsAccountState(target);
      // Only an answer reached from the top is complete: a nested one may have hit the depth limit.
      if (this.predicateDepth === 0) this.predicateReads.set(target, reads);
    }
    if (!reads || (this.checker.getTypeAtLocation(call).flags & ts.TypeFlags.BooleanLike) === 0) return [];
    return [{ kind: 'cat', category: 'account-status', path: [], trace: [this.locator.step('source', call)] }];
  }

  private readonly predicateReads = new Map<FunctionNode, boolean>();

  /** Whether a function's returned conditions read account state (`return row.banStatus !== 'none'`). */
  private readsAccountState(target: FunctionNode): boolean {
    if (target.body === undefined) return false;
    const returned = getReturnedExpressions(target);
    this.predicateDepth++;
    try {
      const frame = this.rootFrameFor(target);
      return returned.some((expr) => this.conditionLabels(expr, frame).some(isStateLabel));
    } finally {
      this.predicateDepth--;
    }
  }

  /** A credential checked in an earlier `if` of the same function proves ownership (a verified password). */
  private hasOwnershipProofBefore(condition: ts.Node, frame: Frame): boolean {
    const fn = frame.handler?.node ?? frame.fn;
    const limit = condition.getStart();
    let proven = false;
    const visit = (node: ts.Node): void => {
      if (proven || node.getStart() >= limit) return;
      if (ts.isIfStatement(node) && node.getEnd() <= limit) {
        const labels = this.conditionLabels(node.expression, frame);
        if (labels.some((label) => label.category === 'credential' && label.path.length === 0)) proven = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(fn);
    return proven;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  /** The value of an expression in a frame (memoised per frame). */
  evaluate(expr: ts.Expression, frame: Frame): Value {
    const cached = frame.memo.get(expr);
    if (cached !== undefined) return cached;
    frame.memo.set(expr, EMPTY);
    let value: Value;
    try {
      value = this.evaluateUncached(expr, frame);
    } catch (error) {
      if (error instanceof RangeError) value = EMPTY;
      else throw error;
    }
    frame.memo.set(expr, value);
    return value;
  }

  private evaluateUncached(expr: ts.Expression, frame: Frame): Value {
    if (ts.isAsExpression(expr) || ts.isTypeAssertionExpression(expr)) {
      // `JSON.parse(raw) as PaymentEvent`: the asserted project type is what the code treats it as.
      const inner = this.evaluate(expr.expression, frame);
      if (ts.isTypeReferenceNode(expr.type) || ts.isTypeLiteralNode(expr.type)) {
        const asserted = this.typeValue(this.checker.getTypeAtLocation(expr.type), false, expr);
        const echoed = this.isRequestDerived(expr.expression, 0) ? asserted.map((label) => (label.kind === 'cat' ? { ...label, fromRequest: true } : label)) : asserted;
        return mergeValues(inner, echoed);
      }
      return inner;
    }
    if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr) || ts.isSatisfiesExpression(expr)) {
      return this.evaluate(expr.expression, frame);
    }
    if (ts.isAwaitExpression(expr) || ts.isSpreadElement(expr)) return this.evaluate(expr.expression, frame);
    if (ts.isYieldExpression(expr)) return expr.expression === undefined ? EMPTY : this.evaluate(expr.expression, frame);
    if (ts.isIdentifier(expr)) return this.identifierValue(expr, frame);
    if (ts.isPropertyAccessExpression(expr)) return this.propertyValue(expr, frame);
    if (ts.isElementAccessExpression(expr)) {
      const base = this.evaluate(expr.expression, frame);
      const key = ts.isStringLiteralLike(expr.argumentExpression) ? expr.argumentExpression.text : undefined;
      this.evaluate(expr.argumentExpression, frame);
      if (key !== undefined) return this.projectProperty(base, key, expr, frame);
      // `STATUS_BY_STATE[user.status]`: a lookup keyed by account state answers differently per state.
      return mergeValues(base, this.stateChoiceLabels(expr.argumentExpression, undefined, undefined, frame));
    }
    if (ts.isCallExpression(expr)) {
      const value = this.callValue(expr, frame);
      // `await countTravellers()`: a count (core's `isCountCallName`) is no record's data, whatever its keys say.
      return value.length > 0 && isCountCall(expr) ? EMPTY : value;
    }
    if (ts.isNewExpression(expr)) return this.newValue(expr, frame);
    if (ts.isObjectLiteralExpression(expr)) return this.objectValue(expr, frame);
    if (ts.isArrayLiteralExpression(expr)) return mergeValues(...expr.elements.map((element) => this.evaluate(element, frame)));
    if (ts.isTemplateExpression(expr)) {
      return flattenValue(mergeValues(...expr.templateSpans.map((span) => this.evaluate(span.expression, frame))));
    }
    if (ts.isTaggedTemplateExpression(expr)) {
      const spans = ts.isTemplateExpression(expr.template) ? expr.template.templateSpans.map((span) => this.evaluate(span.expression, frame)) : [];
      // A query tag (postgres.js and Neon `sql\`…\``): the rows its declared type says, never the bound values.
      if (this.isDatabaseCall(expr.tag)) {
        const type = this.checker.getTypeAtLocation(expr);
        const rows = this.typeValue(this.checker.getAwaitedType(type) ?? type, true, expr);
        // `INSERT … RETURNING *`: the record the submission just created, as an ORM's `create` is.
        const text = ts.isTemplateExpression(expr.template) ? expr.template.head.text : expr.template.text;
        return /^\s*insert\b/i.test(text) ? markCreatedByCaller(rows) : rows;
      }
      return spans.length > 0 ? flattenValue(mergeValues(...spans)) : EMPTY;
    }
    if (ts.isConditionalExpression(expr)) {
      this.evaluate(expr.condition, frame);
      const chosen = mergeValues(this.evaluate(expr.whenTrue, frame), this.evaluate(expr.whenFalse, frame));
      // `row.locked ? 423 : 202`: a value chosen by account state reveals the state wherever it goes.
      return mergeValues(chosen, this.stateChoiceLabels(expr.condition, expr.whenTrue, expr.whenFalse, frame));
    }
    if (ts.isBinaryExpression(expr)) return this.binaryValue(expr, frame);
    if (ts.isPrefixUnaryExpression(expr) || ts.isPostfixUnaryExpression(expr)) {
      this.evaluate(expr.operand, frame);
      return EMPTY;
    }
    if (ts.isTypeOfExpression(expr) || ts.isVoidExpression(expr) || ts.isDeleteExpression(expr)) {
      this.evaluate(expr.expression, frame);
      return EMPTY;
    }
    if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr) || ts.isClassExpression(expr)) return EMPTY;
    return EMPTY;
  }

  private binaryValue(expr: ts.BinaryExpression, frame: Frame): Value {
    const operator = expr.operatorToken.kind;
    if (operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken) {
      const value = this.evaluate(expr.right, frame);
      this.checkAssignment(expr, value, frame);
      return value;
    }
    const left = this.evaluate(expr.left, frame);
    const right = this.evaluate(expr.right, frame);
    switch (operator) {
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.PlusEqualsToken:
        return flattenValue(mergeValues(left, right));
      case ts.SyntaxKind.AmpersandAmpersandToken:
        return right;
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.CommaToken:
        return operator === ts.SyntaxKind.CommaToken ? right : mergeValues(left, right);
      default:
        // Comparisons, arithmetic, `in`, `instanceof`: the result is not the data (policy point 6).
        return EMPTY;
    }
  }

  private objectValue(expr: ts.ObjectLiteralExpression, frame: Frame): Value {
    let parts: Value[] = [];
    // `{ ...user, passwordHash: undefined }`: a later key replaces what earlier spreads put there.
    const override = (key: string): void => {
      parts = parts.map((part) => omitKeys(part, new Set([key])));
    };
    for (const property of expr.properties) {
      if (ts.isPropertyAssignment(property)) {
        const key = getStaticName(property.name);
        const value = this.evaluate(property.initializer, frame);
        if (key !== undefined) override(key);
        parts.push(key === undefined ? value : nestValue(value, key));
      } else if (ts.isShorthandPropertyAssignment(property)) {
        const value = this.shorthandValue(property, frame);
        override(property.name.text);
        parts.push(nestValue(value, property.name.text));
      } else if (ts.isSpreadAssignment(property)) {
        parts.push(this.evaluate(property.expression, frame));
      }
    }
    // A plain object is no class instance: a class serializer's `@Exclude()` no longer applies.
    return mergeValues(...parts).map((label) => (label.kind === 'cat' && label.excluded === true ? { ...label, excluded: false } : label));
  }

  private shorthandValue(property: ts.ShorthandPropertyAssignment, frame: Frame): Value {
    const symbol = this.checker.getShorthandAssignmentValueSymbol(property);
    if (symbol === undefined) return EMPTY;
    return this.symbolValue(symbol, frame);
  }

  private identifierValue(identifier: ts.Identifier, frame: Frame): Value {
    if (identifier.text === 'undefined') return EMPTY;
    const symbol = this.checker.getSymbolAtLocation(identifier);
    if (symbol === undefined) return EMPTY;
    return this.applyDeletes(identifier, symbol, this.symbolValue(symbol, frame));
  }

  private readonly deleteIndex = new Map<ts.Node, Map<ts.Symbol, { statement: ts.Statement; key: string }[]>>();

  /**
   * `delete copy.passwordHash; res.json(copy)`: a delete statement that always runs before this
   * read (it sits in a block that encloses the read, earlier than the read's statement) removes
   * its key. A delete inside an `if`, or after the read, removes nothing here.
   */
  private applyDeletes(identifier: ts.Identifier, symbol: ts.Symbol, value: Value): Value {
    if (value.length === 0) return value;
    const declaration = symbol.valueDeclaration;
    if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return value;
    const container = findContainer(declaration);
    let index = this.deleteIndex.get(container);
    if (index === undefined) {
      index = this.indexDeletes(container);
      this.deleteIndex.set(container, index);
    }
    const entries = index.get(symbol);
    if (entries === undefined) return value;
    const keys = new Set<string>();
    for (const entry of entries) if (runsBefore(entry.statement, identifier)) keys.add(entry.key);
    return keys.size === 0 ? value : omitKeys(value, keys);
  }

  private indexDeletes(container: ts.Node): Map<ts.Symbol, { statement: ts.Statement; key: string }[]> {
    const index = new Map<ts.Symbol, { statement: ts.Statement; key: string }[]>();
    const visit = (node: ts.Node): void => {
      if (ts.isExpressionStatement(node) && ts.isDeleteExpression(skipOuter(node.expression))) {
        const target = skipOuter((skipOuter(node.expression) as ts.DeleteExpression).expression);
        const key = ts.isPropertyAccessExpression(target)
          ? target.name.text
          : ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression)
            ? target.argumentExpression.text
            : undefined;
        const object = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? skipOuter(target.expression) : undefined;
        const symbol = object !== undefined && ts.isIdentifier(object) ? this.checker.getSymbolAtLocation(object) : undefined;
        if (key !== undefined && symbol !== undefined) index.set(symbol, [...(index.get(symbol) ?? []), { statement: node, key }]);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(container, visit);
    return index;
  }

  private symbolValue(symbolIn: ts.Symbol, frame: Frame): Value {
    let symbol = symbolIn;
    if (symbol.flags & ts.SymbolFlags.Alias) {
      const first = symbol.declarations?.[0];
      if (first !== undefined && (ts.isImportSpecifier(first) || ts.isImportClause(first) || ts.isNamespaceImport(first))) {
        try {
          symbol = this.checker.getAliasedSymbol(symbol);
        } catch {
          return EMPTY;
        }
      }
    }
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (declaration === undefined) return EMPTY;
    if (declaration.getSourceFile().isDeclarationFile) return EMPTY;
    if (ts.isParameter(declaration)) return this.parameterValue(declaration, frame);
    if (ts.isBindingElement(declaration)) return this.bindingValue(declaration, frame);
    if (ts.isVariableDeclaration(declaration)) {
      const owner = this.frameFor(declaration, frame);
      return this.variableValue(declaration, owner);
    }
    if (ts.isShorthandPropertyAssignment(declaration)) return EMPTY;
    return EMPTY;
  }

  /** The frame that evaluates a declaration: the nearest frame of its function, or its module's. */
  private frameFor(declaration: ts.Node, frame: Frame): Frame {
    const container = findContainer(declaration);
    for (let current: Frame | undefined = frame; current !== undefined; current = current.parent) {
      if (current.fn === container) return current;
    }
    if (ts.isSourceFile(container)) return this.moduleFrame(container);
    if (this.rootFrames.has(container)) return this.rootFrames.get(container) as Frame;
    if (!this.inProgress.has(container)) return this.rootFrameFor(container);
    return frame;
  }

  private variableValue(declaration: ts.VariableDeclaration, frame: Frame): Value {
    const cached = frame.memo.get(declaration);
    if (cached !== undefined) return cached;
    frame.memo.set(declaration, EMPTY);
    let value: Value = EMPTY;
    const list = declaration.parent;
    const statement = list.parent;
    if (statement !== undefined && (ts.isForOfStatement(statement) || ts.isForInStatement(statement)) && statement.initializer === list) {
      value = ts.isForInStatement(statement) ? EMPTY : this.evaluate(statement.expression, frame);
    } else if (declaration.initializer !== undefined) {
      value = this.evaluate(declaration.initializer, frame);
    }
    if (ts.isIdentifier(declaration.name)) {
      const symbol = this.checker.getSymbolAtLocation(declaration.name);
      if (symbol !== undefined) value = mergeValues(value, this.assignedValue(symbol, declaration, frame));
      const issued = declaration.initializer !== undefined && isCallLike(declaration.initializer);
      if (declaration.type !== undefined) {
        value = mergeValues(value, this.typeValue(this.checker.getTypeAtLocation(declaration.type), false, declaration.name));
      }
      if (!this.isConversionInitializer(declaration.initializer)) value = mergeValues(value, this.nameLabels(declaration.name.text, declaration.name, declaration, issued));
      if (value.length > 0 && declaration.initializer !== undefined) value = withStep(value, this.locator.step('assignment', declaration));
    }
    frame.memo.set(declaration, value);
    return value;
  }

  /** A conversion's result, directly or through a `const` bound to it (`const info = server.address()`). */
  private isConversionResult(expr: ts.Expression): boolean {
    const inner = skipOuter(expr);
    if (this.isConversionInitializer(inner)) return true;
    if (!ts.isIdentifier(inner)) return false;
    const declaration = this.checker.getSymbolAtLocation(inner)?.valueDeclaration;
    return declaration !== undefined && ts.isVariableDeclaration(declaration) && this.isConversionInitializer(declaration.initializer);
  }

  /** `const address = await app.listen()`: a conversion's result is not named by its binding. */
  private isConversionInitializer(initializer: ts.Expression | undefined): boolean {
    if (initializer === undefined) return false;
    let inner = skipOuter(initializer);
    while (ts.isAwaitExpression(inner)) inner = skipOuter(inner.expression);
    // `row ? row.phone.replace(/\d/g, '•') : '•••'`: a digit-free mask or a literal on each side.
    if (ts.isConditionalExpression(inner)) {
      const isKnown = (branch: ts.Expression): boolean => ts.isStringLiteralLike(skipOuter(branch)) || this.isConversionInitializer(branch);
      return isKnown(inner.whenTrue) && isKnown(inner.whenFalse);
    }
    if (!ts.isCallExpression(inner)) return false;
    const callee = skipOuter(inner.expression);
    if (ts.isPropertyAccessExpression(callee) && replacesEveryDigit(inner, callee.name.text)) return true;
    return this.sinks.isConversionCall(inner);
  }

  /** What later assignments (`x = e`, `x.p = e`, `x.push(e)`) add to a variable. */
  private assignedValue(symbol: ts.Symbol, declaration: ts.Node, frame: Frame): Value {
    const container = findContainer(declaration);
    let index = this.assignmentIndex.get(container);
    if (index === undefined) {
      index = this.indexAssignments(container);
      this.assignmentIndex.set(container, index);
    }
    const entries = index.get(symbol);
    if (entries === undefined) return EMPTY;
    // `let code = 202; if (row.locked) code = 423;`: a value picked inside a branch on account state.
    const initializer = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    const texts = new Set([...entries, ...(initializer === undefined ? [] : [initializer])].map(normalizeText));
    return mergeValues(
      ...entries.map((expr) => {
        const parent = expr.parent;
        let value = this.evaluate(expr, frame);
        if (texts.size > 1 && ts.isBinaryExpression(parent) && ts.isIdentifier(skipOuter(parent.left))) value = mergeValues(value, this.stateBranchLabels(parent, container, frame));
        if (ts.isBinaryExpression(parent) && ts.isPropertyAccessExpression(parent.left)) {
          const chain = getMemberChain(parent.left);
          if (chain !== undefined) {
            let nested = value;
            for (const key of chain.slice(1).reverse()) nested = nestValue(nested, key);
            return nested;
          }
        }
        return value;
      }),
    );
  }

  private indexAssignments(container: ts.Node): Map<ts.Symbol, ts.Expression[]> {
    const index = new Map<ts.Symbol, ts.Expression[]>();
    const add = (target: ts.Expression, value: ts.Expression): void => {
      const root = getChainRoot(target);
      if (!ts.isIdentifier(root)) return;
      const symbol = this.checker.getSymbolAtLocation(root);
      if (symbol === undefined) return;
      const list = index.get(symbol);
      if (list === undefined) index.set(symbol, [value]);
      else if (list.length < 24) list.push(value);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.EqualsToken || node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)) {
        const left = skipOuter(node.left);
        if (ts.isIdentifier(left) || (ts.isPropertyAccessExpression(left) && ts.isIdentifier(getChainRoot(left)))) add(left, node.right);
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['push', 'unshift', 'set', 'add'].includes(node.expression.name.text)) {
        // `map.set(key, value)`: only the value is stored where `get` finds it.
        const stored = node.expression.name.text === 'set' ? node.arguments.slice(1) : node.arguments;
        for (const arg of stored) add(node.expression.expression, arg);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(container, visit);
    return index;
  }

  private parameterValue(parameter: ts.ParameterDeclaration, frame: Frame): Value {
    const fn = parameter.parent;
    for (let current: Frame | undefined = frame; current !== undefined; current = current.parent) {
      if (current.fn !== fn) continue;
      if (current.bindings !== undefined) return current.bindings.get(parameter) ?? EMPTY;
      const cached = current.memo.get(parameter);
      if (cached !== undefined) return cached;
      const index = (fn as ts.SignatureDeclaration).parameters.indexOf(parameter);
      const step = this.locator.step('parameter', parameter.name);
      const own: ParamLabel = { kind: 'param', fn: current.root.fn, index, proj: [], path: [], trace: [step] };
      // A Server Action's submitted form, a GraphQL mutation's `@Args()` input: the request body,
      // with a password on a credential operation (`signIn`).
      const submitted = current.handler?.node === fn && (current.handler.formParams?.includes(index) === true || current.handler.inputParams?.includes(index) === true);
      const form = submitted && ts.isIdentifier(parameter.name) ? this.credentialBody(parameter.name, current) : EMPTY;
      const value = mergeValues([own], this.unboundParameter(parameter), form);
      current.memo.set(parameter, value);
      return value;
    }
    return this.unboundParameter(parameter);
  }

  /** A parameter nobody binds (a handler's, a callback's): its declared type and its name. */
  private unboundParameter(parameter: ts.ParameterDeclaration): Value {
    const parts: Value[] = [];
    // Declared or contextual (`app.post<{ Body: LoginForm }>(…, (request) => …)`): the type counts.
    const type = this.checker.getTypeAtLocation(parameter);
    const typed = this.typeValue(type, false, parameter.name);
    const fromRequest = (ts.isIdentifier(parameter.name) && this.requestNames.has(parameter.name.text)) || this.isInputParameter(parameter);
    parts.push(fromRequest ? typed.map((label) => (label.kind === 'cat' ? { ...label, fromRequest: true } : label)) : typed);
    parts.push(this.resolverInput(parameter));
    if (ts.isIdentifier(parameter.name)) parts.push(this.nameLabels(parameter.name.text, parameter.name, parameter, false));
    return mergeValues(...parts);
  }

  /**
   * A tRPC resolver's `input`: the request as the procedure's `.input(schema)` parsed it, so the
   * schema's fields (its inferred output type, keys declared in the project's schema literal).
   */
  private resolverInput(parameter: ts.ParameterDeclaration): Value {
    const fn = parameter.parent;
    const keys = isFunctionNode(fn) ? this.handlers.get(fn)?.resolverKeys : undefined;
    if (keys === undefined || fn.parameters[0] !== parameter) return EMPTY;
    const symbol = this.checker.getTypeAtLocation(parameter).getProperty(keys.input);
    if (symbol === undefined) return EMPTY;
    const input = this.typeValue(this.checker.getTypeOfSymbolAtLocation(symbol, parameter), true, parameter.name);
    return nestValue(
      input.map((label) => (label.kind === 'cat' ? { ...label, fromRequest: true } : label)),
      keys.input,
    );
  }

  /** A code-first resolver's `@Args()` parameter: what the caller sent. */
  private isInputParameter(parameter: ts.ParameterDeclaration): boolean {
    const fn = parameter.parent;
    const inputs = isFunctionNode(fn) ? this.handlers.get(fn)?.inputParams : undefined;
    return inputs !== undefined && inputs.includes(fn.parameters.indexOf(parameter));
  }

  private isDecoratedParameter(parameter: ts.ParameterDeclaration): boolean {
    return ts.canHaveDecorators(parameter) && (ts.getDecorators(parameter)?.length ?? 0) > 0;
  }

  private bindingValue(element: ts.BindingElement, frame: Frame): Value {
    // Walk up to the declaration that holds the pattern, collecting the property path.
    const path: { key: string | undefined; rest: ReadonlySet<string> | undefined }[] = [];
    let current: ts.Node = element;
    while (ts.isBindingElement(current)) {
      const pattern: ts.BindingPattern = current.parent;
      if (ts.isObjectBindingPattern(pattern)) {
        if (current.dotDotDotToken !== undefined) {
          const named = new Set<string>();
          for (const sibling of pattern.elements) {
            if (sibling === current) continue;
            const key = getStaticName(sibling.propertyName ?? sibling.name);
            if (key !== undefined) named.add(key);
          }
          path.unshift({ key: undefined, rest: named });
        } else {
          path.unshift({ key: getStaticName(current.propertyName ?? current.name), rest: undefined });
        }
      } else {
        path.unshift({ key: undefined, rest: undefined });
      }
      current = pattern.parent;
    }
    let base: Value;
    if (ts.isParameter(current)) base = this.parameterValue(current, frame);
    else if (ts.isVariableDeclaration(current)) {
      const owner = this.frameFor(current, frame);
      const list = current.parent;
      const statement = list.parent;
      if (statement !== undefined && ts.isForOfStatement(statement)) base = this.evaluate(statement.expression, owner);
      else base = current.initializer === undefined ? EMPTY : this.evaluate(current.initializer, owner);
    } else base = EMPTY;
    let value = base;
    for (const segment of path) {
      if (segment.rest !== undefined) value = omitKeys(value, segment.rest);
      else if (segment.key !== undefined) value = this.projectProperty(value, segment.key, element, frame);
    }
    if (ts.isIdentifier(element.name)) {
      value = mergeValues(value, this.nameLabels(element.name.text, element.name, element, false));
    }
    return value;
  }

  private propertyValue(expr: ts.PropertyAccessExpression, frame: Frame): Value {
    const name = expr.name.text;
    if (expr.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const symbol = this.checker.getSymbolAtLocation(expr.name);
      const field = symbol === undefined ? EMPTY : this.fieldValue(symbol);
      return mergeValues(field, this.nameLabels(name, expr, expr, false));
    }
    const base = this.evaluate(expr.expression, frame);
    const value = this.projectProperty(base, name, expr, frame);
    // An untyped request part (`req.body` is `any`): its shape is what the handler reads off it.
    if (REQUEST_PARTS.has(name) && this.isRequestDerived(expr.expression, 0) && isOpenType(this.checker.getTypeAtLocation(expr), this.checker)) {
      return mergeValues(value, this.usageShape(expr, frame), name === 'body' ? this.credentialBody(expr, frame) : EMPTY);
    }
    return value;
  }

  private interceptorRoutes: Map<ts.Symbol, string[]> | undefined;

  /**
   * The paths of the routes a NestJS interceptor wraps, for a node inside its `intercept` method:
   * the handlers whose method or controller names the class in `@UseInterceptors(…)`. The request
   * it reads is each of theirs (a body-logging interceptor on a controller with a sign-in route).
   */
  private interceptedPaths(node: ts.Node): string[] {
    let method: ts.Node | undefined = node.parent;
    while (method !== undefined && !ts.isMethodDeclaration(method)) method = method.parent;
    if (method === undefined || !ts.isMethodDeclaration(method) || getStaticName(method.name) !== 'intercept' || !ts.isClassDeclaration(method.parent) || method.parent.name === undefined) return [];
    const symbol = this.checker.getSymbolAtLocation(method.parent.name);
    if (symbol === undefined) return [];
    if (this.interceptorRoutes === undefined) {
      const routes = new Map<ts.Symbol, string[]>();
      for (const context of this.handlers.values()) {
        const handler = context.node;
        if (!ts.isMethodDeclaration(handler) || !ts.isClassDeclaration(handler.parent)) continue;
        for (const argument of [...getDecoratorArguments(handler, INTERCEPTOR_DECORATORS), ...getDecoratorArguments(handler.parent, INTERCEPTOR_DECORATORS)]) {
          const named = skipOuter(argument);
          const wrapped = findDeclaredSymbol(ts.isNewExpression(named) ? skipOuter(named.expression) : named, this.checker);
          if (wrapped === undefined) continue;
          const list = routes.get(wrapped) ?? [];
          list.push(context.route.path);
          routes.set(wrapped, list);
        }
      }
      this.interceptorRoutes = routes;
    }
    return this.interceptorRoutes.get(symbol) ?? [];
  }

  private readonly shapes = new Map<string, Value>();

  /**
   * The untyped body of a login, sign-up or password-change request holds a password whether or
   * not the handler reads it (`logger.info('sign-in', req.body)`): a credential under its
   * `password` key, so the fields the handler does read keep their own categories.
   */
  private credentialBody(node: ts.Expression, frame: Frame): Value {
    const path = frame.handler?.route.path;
    const paths = path !== undefined ? [path] : this.interceptedPaths(node);
    if (!paths.some((candidate) => isCredentialBodyRoute(this.knowledge.auth, candidate))) return EMPTY;
    return [{ kind: 'cat', category: 'credential', path: ['password'], trace: [this.locator.step('source', node)], fromRequest: true }];
  }

  /** Labels for the fields a function reads off an expression (`req.body.password`, `const { email } = req.body`). */
  private usageShape(expr: ts.PropertyAccessExpression, frame: Frame): Value {
    const scope = frame.handler?.node ?? (ts.isSourceFile(frame.fn) ? undefined : frame.fn);
    if (scope === undefined) return EMPTY;
    const text = expr.getText().replace(/\s+/g, '');
    const key = `${scope.pos}:${scope.getSourceFile().fileName}:${text}`;
    const cached = this.shapes.get(key);
    if (cached !== undefined) return cached;
    const names = new Map<string, ts.Node>();
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && node.expression.getText().replace(/\s+/g, '') === text) names.set(node.name.text, node);
      if (ts.isVariableDeclaration(node) && node.initializer !== undefined && ts.isObjectBindingPattern(node.name) && skipOuter(node.initializer).getText().replace(/\s+/g, '') === text) {
        for (const element of node.name.elements) {
          const name = getStaticName(element.propertyName ?? element.name);
          if (name !== undefined) names.set(name, element);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    const out: Label[] = [];
    for (const [name, node] of names) {
      for (const category of this.knowledge.classify(name)) out.push({ kind: 'cat', category, path: [name], trace: [this.locator.step('source', node)], fromRequest: true });
    }
    const value = mergeValues(out);
    this.shapes.set(key, value);
    return value;
  }

  /** `base.key`: labels below the key move up; conversions and derivations apply to whole-value labels. */
  private projectProperty(base: Value, key: string, node: ts.Node, frame: Frame): Value {
    void frame;
    const conversion = this.sinks.isConversionProperty(key);
    const out = this.projectDerived(base, key, node);
    if (conversion) return out;
    // `req.headers`, and a context's own alias of its request's (`ctx.headers`, `ctx.header` in Koa).
    if ((key === 'headers' || key === 'header') && ts.isPropertyAccessExpression(node) && (this.isRequestLike(node.expression) || this.isContextLike(node.expression))) {
      const step = this.locator.step('source', node);
      for (const header of REQUEST_SECRET_HEADERS) {
        for (const category of this.knowledge.classify(header)) out.push({ kind: 'cat', category, path: [header], trace: [step] });
      }
    }
    // `server.address().address`: a field of a conversion's result (a socket) is no person's data.
    if (ts.isPropertyAccessExpression(node) && this.isConversionResult(node.expression)) return out;
    const named = this.nameLabels(key, node, node, false);
    if (named.length > 0 || !ts.isPropertyAccessExpression(node)) return mergeValues(out, named);
    // `account.disabled`: the object's name gives the property its meaning (core's `account disabled`).
    const baseName = nameOf(node.expression);
    if (baseName === undefined) return out;
    const compound = this.nameLabels(`${baseName}_${key}`, node, node, false).filter((label) => label.kind === 'cat' && label.category === 'account-status');
    return mergeValues(out, compound);
  }

  /**
   * `value.key` as data: labels below the key move up, and a whole sensitive value read through a
   * conversion (`.length`) or a derivation (`phone.countryCallingCode`) becomes what that makes of it.
   * Also used where a summary's parameter path meets the caller's argument.
   */
  private projectDerived(base: Value, key: string, node: ts.Node): Label[] {
    const conversion = this.sinks.isConversionProperty(key);
    const projected = projectValue(base, key);
    const out: Label[] = [];
    for (const label of projected) {
      const wasWhole = base.some((original) => original === label);
      if (label.kind === 'cat' && wasWhole) {
        if (conversion) continue;
        const derived = this.sinks.deriveProperty(label.category, key);
        if (derived === null) continue;
        if (derived !== undefined) {
          out.push({ ...label, category: derived, trace: extendTrace(label.trace, this.locator.step('derivation', node)) });
          continue;
        }
      }
      out.push(label);
    }
    return out;
  }

  /** A framework request object: a parameter named like one (`req`, `request`, `ctx.request`). */
  private isRequestLike(expr: ts.Expression): boolean {
    const inner = skipOuter(expr);
    const name = ts.isIdentifier(inner) ? inner.text : ts.isPropertyAccessExpression(inner) ? inner.name.text : undefined;
    if (name === undefined) return false;
    return this.requestNames.has(name);
  }

  /** A framework context parameter named like one (`ctx`, `context`, `c`). */
  private isContextLike(expr: ts.Expression): boolean {
    const inner = skipOuter(expr);
    return ts.isIdentifier(inner) && this.contextNames.has(inner.text);
  }

  private get requestNames(): ReadonlySet<string> {
    this.requestNameSet ??= new Set(['req', 'request', ...this.knowledge.responses.flatMap((model) => model.handlerParamNames.request ?? [])]);
    return this.requestNameSet;
  }

  private requestNameSet: Set<string> | undefined;

  private get contextNames(): ReadonlySet<string> {
    this.contextNameSet ??= new Set(this.knowledge.responses.flatMap((model) => model.handlerParamNames.context ?? []));
    return this.contextNameSet;
  }

  private contextNameSet: Set<string> | undefined;

  /** Labels a name gives (`password`, `user_email`), unless the value is a boolean flag. */
  private nameLabels(name: string, node: ts.Node, declaration: ts.Node, issued: boolean): Value {
    let categories = this.knowledge.classify(name);
    if (categories.length === 0) return EMPTY;
    const target = ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isBindingElement(declaration) ? declaration.name : node;
    // Flags (`hasPassword`, `isLocked`) are the classifier's call: core knows which states are data.
    const type = this.checker.getTypeAtLocation(target);
    if (type.getCallSignatures().length > 0) return EMPTY;
    // A `session` or `auth` object is no credential itself; its type says which fields are.
    const objectOnly = (type.flags & ts.TypeFlags.Object) !== 0 && !isOpenType(type, this.checker);
    if (objectOnly && categories.every((category) => category === 'credential')) return EMPTY;
    // A plain `number` named after a state (`const [total, banned] = await Promise.all([count(), count({ banned: true })])`)
    // counts accounts; it is no account's state. Its source's own labels still count.
    if ((type.flags & ts.TypeFlags.Number) !== 0) categories = categories.filter((category) => category !== 'account-status');
    if (categories.length === 0) return EMPTY;
    const step = this.locator.step('source', node);
    const fromRequest = this.isRequestDerived(declaration, 0);
    const parameter = fromRequest ? undefined : this.rootParameter(declaration, 0);
    const fromParam = parameter === undefined ? undefined : { fn: parameter.parent, index: parameter.parent.parameters.indexOf(parameter) };
    return categories.map((category): CategoryLabel => ({
      kind: 'cat',
      category,
      path: [],
      trace: [step],
      ...(issued ? { issued: true } : {}),
      ...(fromRequest ? { fromRequest: true } : {}),
      ...(fromParam === undefined ? {} : { fromParam }),
    }));
  }

  /** The parameter a name's value was read off (`const { email } = body as Fields`), if any. */
  private rootParameter(node: ts.Node, depth: number): ts.ParameterDeclaration | undefined {
    if (depth > 4) return undefined;
    if (ts.isBindingElement(node)) {
      let current: ts.Node = node;
      while (ts.isBindingElement(current)) current = current.parent.parent;
      if (ts.isParameter(current)) return current;
      return ts.isVariableDeclaration(current) && current.initializer !== undefined ? this.rootParameter(current.initializer, depth + 1) : undefined;
    }
    if (ts.isVariableDeclaration(node)) return node.initializer === undefined ? undefined : this.rootParameter(node.initializer, depth + 1);
    if (ts.isParameter(node)) return node;
    if (!ts.isExpression(node)) return undefined;
    const inner = skipOuter(node);
    if (ts.isAwaitExpression(inner)) return this.rootParameter(inner.expression, depth + 1);
    const root = getChainRoot(inner);
    if (!ts.isIdentifier(root)) return undefined;
    const declaration = this.checker.getSymbolAtLocation(root)?.valueDeclaration;
    if (declaration === undefined || declaration.getSourceFile().isDeclarationFile) return undefined;
    if (ts.isParameter(declaration) || ts.isBindingElement(declaration)) return this.rootParameter(declaration, depth + 1);
    return ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined ? this.rootParameter(declaration.initializer, depth + 1) : undefined;
  }

  /** A label named after a part of the callee's parameter takes the argument's origin at this call. */
  private resolveFromParam(label: CategoryLabel, fn: FunctionNode, call: ts.CallExpression): CategoryLabel {
    if (label.fromParam === undefined || label.fromParam.fn !== fn) return label;
    const { fromParam: _done, ...rest } = label;
    const arg = call.arguments[label.fromParam.index];
    if (arg === undefined) return rest;
    if (this.isRequestDerived(arg, 0)) return { ...rest, fromRequest: true };
    const outer = this.rootParameter(arg, 0);
    return outer === undefined ? rest : { ...rest, fromParam: { fn: outer.parent, index: outer.parent.parameters.indexOf(outer) } };
  }

  /** Whether a name's value was read from the request (`req.body.email`, `const { email } = req.body`). */
  private isRequestDerived(node: ts.Node, depth: number): boolean {
    if (depth > 4) return false;
    if (ts.isBindingElement(node)) {
      let current: ts.Node = node;
      while (ts.isBindingElement(current)) current = current.parent.parent;
      if (ts.isVariableDeclaration(current) && current.initializer !== undefined) return this.isRequestDerived(current.initializer, depth + 1);
      return ts.isParameter(current) && this.isRequestDerived(current, depth + 1);
    }
    if (ts.isVariableDeclaration(node)) return node.initializer !== undefined && this.isRequestDerived(node.initializer, depth + 1);
    // A `FormData` parameter is a submitted form (a Server Action's, a form handler's): the request's own.
    if (ts.isParameter(node)) return (ts.isIdentifier(node.name) && (this.requestNames.has(node.name.text) || isFormDataParameter(node))) || this.isInputParameter(node);
    if (!ts.isExpression(node)) return false;
    const inner = skipOuter(node);
    if (ts.isAwaitExpression(inner)) return this.isRequestDerived(inner.expression, depth + 1);
    if (ts.isBinaryExpression(inner)) return this.isRequestDerived(inner.left, depth + 1) || this.isRequestDerived(inner.right, depth + 1);
    const root = getChainRoot(inner);
    if (!ts.isIdentifier(root)) return false;
    if (this.requestNames.has(root.text)) return true;
    // `ctx.request.body`, `c.req.json()`: the request below a context object.
    const chain = getMemberChain(ts.isCallExpression(inner) ? inner.expression : inner);
    if (chain !== undefined && chain.length > 1 && this.contextNames.has(root.text) && CONTEXT_REQUEST_PARTS.has(chain[1] as string)) return true;
    const declaration = this.checker.getSymbolAtLocation(root)?.valueDeclaration;
    if (declaration !== undefined && ts.isParameter(declaration)) return isFormDataParameter(declaration) || this.isInputParameter(declaration);
    return declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && !declaration.getSourceFile().isDeclarationFile && this.isRequestDerived(declaration.initializer, depth + 1);
  }

  /** The labels a declared type carries. */
  private typeValue(type: ts.Type, includeLiteralKeys: boolean, at: ts.Node): Value {
    const found = this.types.read(type, includeLiteralKeys);
    if (found.length === 0) return EMPTY;
    const trace = [this.locator.step('source', at)];
    // A hidden entity property is dropped when the entity is serialised whole, like a `toJSON` transform's deletions.
    return found.map((entry): CategoryLabel => ({
      kind: 'cat',
      category: entry.category,
      path: entry.path.slice(0, MAX_PATH),
      trace,
      ...(entry.excluded ? { excluded: true } : {}),
      ...(entry.serializedOut === true ? { jsonOmitted: true } : {}),
    }));
  }

  /** A class field: its initializer, every `this.x = …` in the class, and its declared type. */
  private fieldValue(symbol: ts.Symbol): Value {
    const cached = this.fieldValues.get(symbol);
    if (cached !== undefined) return cached;
    this.fieldValues.set(symbol, EMPTY);
    const declaration = symbol.valueDeclaration;
    if (declaration === undefined || declaration.getSourceFile().isDeclarationFile) return EMPTY;
    const parts: Value[] = [];
    if (ts.isPropertyDeclaration(declaration)) {
      const classNode = declaration.parent;
      if (declaration.initializer !== undefined) {
        parts.push(categoryLabels(this.evaluate(declaration.initializer, this.moduleFrame(declaration.getSourceFile()))));
      }
      if (declaration.type !== undefined) {
        parts.push(this.typeValue(this.checker.getTypeAtLocation(declaration), false, declaration.name));
      }
      for (const member of classNode.members) {
        if (!isFunctionNode(member)) continue;
        const visit = (node: ts.Node): void => {
          if (
            ts.isBinaryExpression(node) &&
            node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(node.left) &&
            node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
            node.left.name.text === symbol.getName()
          ) {
            const frame = this.rootFrameFor(member);
            parts.push(categoryLabels(this.evaluate(node.right, frame)));
          }
          ts.forEachChild(node, visit);
        };
        visit(member);
      }
    }
    const value = mergeValues(...parts);
    this.fieldValues.set(symbol, value);
    return value;
  }

  private newValue(expr: ts.NewExpression, frame: Frame): Value {
    const args = (expr.arguments ?? []).map((arg) => (isFunctionNode(arg) ? EMPTY : this.evaluate(arg, frame)));
    for (const arg of expr.arguments ?? []) if (isFunctionNode(arg)) this.evaluateInline(arg, frame, undefined);
    for (const target of this.sinks.matchNew(expr, frame.handler)) {
      if (target.sink === 'response') this.emitThrowOrConstruct(expr, frame);
      this.reachArgs(target, expr, args, frame);
    }
    // A constructed object of a project class keeps what its constructor was given.
    const type = this.checker.getTypeAtLocation(expr);
    const typed = this.typeValue(type, false, expr);
    if (typed.length > 0) return typed;
    // A database client (`new Redis(process.env.REDIS_URL)`, `new pg.Pool({ connectionString })`) is
    // built from its connection settings; what it later reads holds none of them.
    if (this.isDatabaseCall(expr.expression)) return EMPTY;
    return mergeValues(...args);
  }

  private emitThrowOrConstruct(expr: ts.Expression, frame: Frame): void {
    let node: ts.Node = expr;
    while (node.parent !== undefined && (ts.isParenthesizedExpression(node.parent) || ts.isAwaitExpression(node.parent))) node = node.parent;
    if (ts.isThrowStatement(node.parent) || ts.isReturnStatement(node.parent)) node = node.parent;
    this.emit(node, frame);
  }

  // ---------------------------------------------------------------------------------------------
  // Calls

  private callValue(call: ts.CallExpression, frame: Frame): Value {
    const value = this.callValueInner(call, frame);
    if (value.length === 0 || !this.isCallerKeyed(call, frame)) return value;
    // Read by the caller's own identity (`findUserById(req.user.id)`): the caller's own record,
    // but not the other records it nests (`listMatchesFor(id)` answering `{ match, partner }`).
    const nested = this.nestedRecordKeys(call);
    return value.map((label) => (label.kind === 'cat' && !nested.has(label.path[0] ?? '') ? { ...label, ownerKeyed: true } : label));
  }

  private readonly keyedReaders = new Map<ts.Node, { readonly receiver: number; readonly key: number } | null>();

  /**
   * A helper that reads one field of what it is given by a name it is given
   * (`readField(formData, 'password')` around `formData.get(name)`): the call names the field it
   * returns, as `formData.get('password')` would.
   */
  private keyedHelperRead(fn: FunctionNode, call: ts.CallExpression): Value {
    let reader = this.keyedReaders.get(fn);
    if (reader === undefined) {
      reader = null;
      const indexOf = (expr: ts.Expression): number => {
        const inner = skipOuter(expr);
        return ts.isIdentifier(inner) ? fn.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === inner.text) : -1;
      };
      const visit = (node: ts.Node): void => {
        if (reader !== null) return;
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && KEYED_GETTERS.has(node.expression.name.text) && node.arguments.length === 1) {
          const receiver = indexOf(node.expression.expression);
          const key = indexOf(node.arguments[0] as ts.Expression);
          if (receiver >= 0 && key >= 0) reader = { receiver, key };
        }
        if (node !== fn && isFunctionNode(node)) return;
        ts.forEachChild(node, visit);
      };
      if (fn.body !== undefined) visit(fn.body);
      this.keyedReaders.set(fn, reader);
    }
    const key = reader === null ? undefined : call.arguments[reader.key];
    const literal = key === undefined ? undefined : skipOuter(key);
    if (literal === undefined || !ts.isStringLiteralLike(literal)) return EMPTY;
    const labels = this.nameLabels(literal.text.replace(/^x-/i, ''), call, call, false);
    // Read off the request's own form (`readField(formData, 'email')`): answering it back is an echo.
    const source = reader === null ? undefined : call.arguments[reader.receiver];
    return source !== undefined && this.isRequestDerived(source, 0) ? labels.map((label) => (label.kind === 'cat' ? { ...label, fromRequest: true } : label)) : labels;
  }

  private isCallerKeyed(call: ts.CallExpression, frame: Frame): boolean {
    const keys = [...this.ownerKeys, ...(frame.handler?.callerKeys ?? [])];
    return call.arguments.some((arg) => this.isCallerText(arg, keys) || this.returnsCaller(arg, keys));
  }

  private isCallerText(expr: ts.Node, keys: readonly string[]): boolean {
    const text = expr.getText().replace(/\s+/g, '').replace(/\?\./g, '.').replace(/"/g, "'");
    return keys.some((key) => text.includes(key)) || isCallerExpressionText(text);
  }

  private readonly callerHelpers = new Map<ts.Node, boolean>();

  /**
   * `findById(readCallerId(ctx))`: a project helper whose every return is the caller's id, directly
   * or through a `const` (`const caller = ctx.req.user; … return caller.id`). Decided once per helper.
   */
  private returnsCaller(arg: ts.Expression, keys: readonly string[]): boolean {
    const inner = skipOuter(arg);
    if (!ts.isCallExpression(inner)) return false;
    const fn = this.resolveFunction(inner.expression);
    if (fn === undefined || fn.body === undefined) return false;
    let known = this.callerHelpers.get(fn);
    if (known === undefined) {
      this.callerHelpers.set(fn, false);
      const returned = getReturnedExpressions(fn);
      known =
        returned.length > 0 &&
        returned.every((expr) => {
          if (this.isCallerText(expr, keys)) return true;
          const root = getChainRoot(skipOuter(expr));
          const declaration = ts.isIdentifier(root) ? this.checker.getSymbolAtLocation(root)?.valueDeclaration : undefined;
          return declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && this.isCallerText(declaration.initializer, keys);
        });
      this.callerHelpers.set(fn, known);
    }
    return known;
  }

  /**
   * Properties of a call's result (or of its elements) that hold another record: an object with
   * its own `id` (`partner: MemberRow`). A lookup keyed by the caller answers the caller's own
   * record at its top level; what it joins in belongs to someone else.
   */
  private nestedRecordKeys(call: ts.CallExpression): ReadonlySet<string> {
    const keys = new Set<string>();
    let type = this.checker.getAwaitedType(this.checker.getTypeAtLocation(call)) ?? this.checker.getTypeAtLocation(call);
    type = this.checker.getNonNullableType(type);
    if (this.checker.isArrayLikeType(type)) type = this.checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
    if (isOpenType(type, this.checker) || (type.flags & ts.TypeFlags.Object) === 0) return keys;
    for (const property of this.checker.getPropertiesOfType(type)) {
      let propertyType = this.checker.getNonNullableType(this.checker.getTypeOfSymbolAtLocation(property, call));
      if (this.checker.isArrayLikeType(propertyType)) propertyType = this.checker.getIndexTypeOfType(propertyType, ts.IndexKind.Number) ?? propertyType;
      if ((propertyType.flags & ts.TypeFlags.Object) !== 0 && propertyType.getProperty('id') !== undefined) keys.add(property.getName());
    }
    return keys;
  }

  private get ownerKeys(): readonly string[] {
    // The caller's identity: core's owner keys and session paths (`req.user.id`, `req.session.accountId`).
    this.ownerKeyList ??= [
      ...(this.knowledge.auth.ownerKeyPaths ?? []),
      ...this.knowledge.auth.sessionPaths.map((session) => `${session.replace(/\?\./g, '.').split('.').slice(0, 2).join('.')}.`),
    ].map((key) => key.replace(/\s+/g, '').replace(/\?\./g, '.'));
    return this.ownerKeyList;
  }

  private ownerKeyList: string[] | undefined;

  private callValueInner(call: ts.CallExpression, frame: Frame): Value {
    const callee = skipOuter(call.expression);
    const receiverNode = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? callee.expression : undefined;
    const methodName = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    // A package's client (`new Stripe(process.env.STRIPE_SECRET_KEY)`) is a handle, not data: what its
    // methods return comes from the service, never from the key or options it was made with.
    let receiver = receiverNode === undefined || receiverNode.kind === ts.SyntaxKind.ThisKeyword ? EMPTY : this.evaluate(receiverNode, frame);
    // (What a client is made with that matters is its key: asked only of receivers that carry a credential.)
    if (receiver.some((label) => label.kind === 'cat' && label.category === 'credential') && this.isPackageClient(receiverNode as ts.Expression)) receiver = EMPTY;
    const callbacks: { index: number; fn: FunctionNode }[] = [];
    const args: Value[] = call.arguments.map((arg, index) => {
      const inner = skipOuter(arg);
      if (isFunctionNode(inner)) {
        callbacks.push({ index, fn: inner });
        return EMPTY;
      }
      return this.evaluate(arg, frame);
    });

    // Sinks: loggers, SDKs, HTTP clients, response writes.
    for (const target of this.sinks.matchCall(call, frame.handler, (node) => this.isResponseParam(node, frame))) {
      if (target.sink === 'response') this.emitThrowOrConstruct(call, frame);
      this.reachArgs(target, call, args, frame);
    }

    // Array methods, promises and other callback-taking built-ins.
    if (receiverNode !== undefined && methodName !== undefined) {
      const builtin = this.builtinMethod(call, methodName, receiver, args, callbacks, frame);
      if (builtin !== undefined) return builtin;
    }
    if (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) {
      const global = this.builtinFunction(call, args, callbacks, frame);
      if (global !== undefined) return global;
    }

    // ORM reads and creations: the entity type less what the query and the schema leave out.
    const fromCaller = (input: ts.Expression): boolean => categoryLabels(args[call.arguments.indexOf(input)] ?? EMPTY).some((label) => label.fromRequest === true) || this.isRequestDerived(input, 0);
    const read = this.orm.readValue(call, (type) => this.typeValue(type, true, call), fromCaller) ?? this.orm.documentValue(call, receiver);
    if (read !== undefined) {
      this.evaluateCallbacks(callbacks, frame, undefined);
      return read;
    }
    // Sanitizers (hashes, masks, projections) and derivations (a phone into its country code).
    const sanitized = this.sinks.applySanitizer(call, mergeValues(receiver, ...args), args, (node) => this.evaluate(node, frame));
    if (sanitized !== undefined) {
      this.evaluateCallbacks(callbacks, frame, undefined);
      // A schema parse of the request (`SignUpSchema.parse(await c.req.json())`) has the fields the
      // schema declares, whatever the engine knew of the raw body: its output type adds them.
      return this.isRequestParse(call, methodName) ? mergeValues(sanitized, this.parsedRequest(call, EMPTY, [])) : sanitized;
    }
    // A database read returns what the table holds, never the values that filter it (`pool.query(sql,
    // [email])`, `.where('email', '=', email)`, `{ where: { email } }`): only the receiver goes on.
    if (this.isDatabaseCall(callee)) {
      this.evaluateCallbacks(callbacks, frame, undefined);
      const rows = this.externalResult(call, receiver, EMPTY_ARGS);
      // A column list in the options (MikroORM `fields`, Sequelize `attributes`): only those columns come back.
      const columns = findColumnList(call);
      if (columns === undefined) return rows;
      // Judged: a helper returning it answers what is left, not its declared entity type.
      this.orm.markJudged(call);
      return rows.filter((label) => label.kind !== 'cat' || label.path.length === 0 || columns.has(label.path[0] as string));
    }
    if (methodName !== undefined && receiverNode !== undefined && replacesEveryDigit(call, methodName)) {
      // `value.replace(/\d/g, '•')` hides every digit: nothing of a number is left (core's phone-replace note).
      return mergeValues(
        receiver.filter((label) => label.kind === 'cat' && label.category !== 'phone' && label.category !== 'phone-fragment'),
        addTransform(receiver, 'remove:phone,phone-fragment'),
      );
    }
    // Methods on the value itself (`phone.slice(-4)`) derive before anything else.
    if (methodName !== undefined && receiverNode !== undefined && receiver.length > 0) {
      const derived = this.sinks.deriveCall(methodName, receiver, []);
      if (derived !== undefined) {
        this.evaluateCallbacks(callbacks, frame, undefined);
        return withStep(derived, this.locator.step('derivation', call));
      }
    }

    // `events.emit('entry', payload)`: each listener registered on that emitter for that event
    // runs with the payload, so what a listener logs or sends is reached through the emit.
    if (methodName === 'emit' && receiverNode !== undefined) {
      const listeners = this.findListeners(call, receiverNode);
      if (listeners.length > 0) {
        const payload = args.slice(1);
        for (const listener of listeners) this.applyFlows(this.summarize(listener), listener, call, payload, frame, 1);
        this.evaluateCallbacks(callbacks, frame, undefined);
        return EMPTY;
      }
    }

    // Functions of the project: inline for closures, summaries for the rest. A command or query
    // dispatched on a NestJS CQRS bus runs its handler's `execute`.
    const target = (methodName === 'execute' && receiverNode !== undefined ? this.findBusHandler(call, receiverNode) : undefined) ?? this.resolveFunction(callee);
    if (target !== undefined) {
      const argValues = args.slice();
      for (const callback of callbacks) argValues[callback.index] = EMPTY;
      if (!ts.isSourceFile(findContainer(target)) && !ts.isClassLike(target.parent) && this.isInScope(target, frame)) {
        this.evaluateCallbacks(callbacks, frame, undefined);
        return withStep(this.evaluateInline(target, frame, argValues), this.locator.step('return', call, () => `returned by ${describeFunction(target) || 'a local function'}`));
      }
      const summary = this.summarize(target);
      const callers = this.callers.get(target) ?? new Set<ts.Node>();
      callers.add(this.scopeOf(frame));
      this.callers.set(target, callers);
      this.evaluateCallbacks(callbacks, frame, undefined);
      this.applyFlows(summary, target, call, argValues, frame);
      const returned = mergeValues(this.markIssuedFields(this.substitute(summary.returns, target, argValues, call), call), this.keyedHelperRead(target, call));
      // `readJson<SignInForm>(ctx)` around `JSON.parse(…) as T`: the body's value is unknown, the
      // caller's type argument says what comes back.
      if (target.typeParameters !== undefined && target.typeParameters.length > 0 && !isDiscarded(call) && !returned.some((label) => label.kind === 'cat')) {
        const type = this.checker.getTypeAtLocation(call);
        const typed = isOpenType(type, this.checker) ? EMPTY : this.typeValue(this.checker.getAwaitedType(type) ?? type, false, call);
        if (typed.length > 0) return mergeValues(returned, typed);
      }
      if (summary.returns.length > 0 || isDiscarded(call) || this.orm.returnsOnlyJudged(target)) return returned;
      // A body that returns nothing the engine can follow (a query returning `any`): trust the declared type.
      const type = this.checker.getTypeAtLocation(call);
      return isOpenType(type, this.checker) ? EMPTY : this.typeValue(type, false, call);
    }

    this.evaluateCallbacks(callbacks, frame, undefined);
    // Out of view: helpers known only by name (`sha256(x)`, `maskPhone(p)`, `parsePhoneNumber(p)`).
    const named = this.sinks.applyNamedSanitizer(call, mergeValues(receiver, ...args), args, (node) => this.evaluate(node, frame));
    if (named !== undefined) return named;
    // `c.req.header()` without a name: every request header, Authorization and Cookie included.
    if (methodName !== undefined && /^(header|headers|getHeaders)$/.test(methodName) && call.arguments.length === 0 && receiverNode !== undefined && this.isRequestDerived(receiverNode, 0)) {
      const step = this.locator.step('source', call);
      return REQUEST_SECRET_HEADERS.flatMap((header) => this.knowledge.classify(header).map((category): CategoryLabel => ({ kind: 'cat', category, path: [header], trace: [step] })));
    }
    // A keyed read names what it returns: `headers.get('authorization')`, `req.cookies.get('sid')`.
    const key = call.arguments[0] === undefined ? undefined : skipOuter(call.arguments[0]);
    if (methodName !== undefined && KEYED_GETTERS.has(methodName) && key !== undefined && ts.isStringLiteralLike(key) && call.arguments.length === 1) {
      const projected = projectValue(receiver, key.text.toLowerCase()).filter((label) => label.path.length > 0 || label.kind === 'param' || receiver.some((original) => original === label) === false);
      return mergeValues(this.nameLabels(key.text.replace(/^x-/i, ''), call, call, false), projected);
    }
    if (methodName !== undefined) {
      const derived = this.sinks.deriveCall(methodName, receiver.length > 0 ? receiver : EMPTY, receiver.length > 0 ? [] : args);
      if (derived !== undefined) return withStep(derived, this.locator.step('derivation', call));
    }
    // The body read by a call (`await c.req.json()`, `await request.formData()`).
    if (methodName !== undefined && BODY_READERS.has(methodName) && call.arguments.length === 0 && receiverNode !== undefined && this.isRequestDerived(receiverNode, 0)) {
      return mergeValues(this.externalResult(call, receiver, args), this.credentialBody(call, frame));
    }
    if (this.isRequestParse(call, methodName)) return this.parsedRequest(call, receiver, args);
    return this.externalResult(call, receiver, args);
  }

  private readonly databaseMethods = new Map<ts.Symbol, boolean>();

  /** Whether the callee is declared by a database driver, query builder or ORM (core's database clients). */
  private isDatabaseCall(callee: ts.Expression): boolean {
    const name = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
    let symbol = name === undefined ? undefined : this.checker.getSymbolAtLocation(name);
    if (symbol === undefined) return false;
    // `import { eq } from 'drizzle-orm'`: the imported function, not the import binding.
    if ((symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = this.checker.getAliasedSymbol(symbol);
    let known = this.databaseMethods.get(symbol);
    if (known === undefined) {
      const declarations = symbol.declarations ?? [];
      known = declarations.length > 0 && declarations.every((declaration) => isDatabaseClientFile(declaration.getSourceFile().fileName));
      // A callable client the project made (`const sql = postgres(url)`, `const db = knex(config)`): its type is the library's.
      if (!known && name !== undefined && declarations.every((declaration) => ts.isVariableDeclaration(declaration))) {
        const type = this.checker.getTypeAtLocation(name);
        const typeDeclarations = (type.aliasSymbol ?? type.getSymbol())?.declarations ?? [];
        known = type.getCallSignatures().length > 0 && typeDeclarations.length > 0 && typeDeclarations.every((declaration) => isDatabaseClientFile(declaration.getSourceFile().fileName));
      }
      this.databaseMethods.set(symbol, known);
    }
    return known;
  }

  private isInScope(fn: FunctionNode, frame: Frame): boolean {
    const container = findContainer(fn);
    for (let current: Frame | undefined = frame; current !== undefined; current = current.parent) if (current.fn === container) return true;
    return false;
  }

  /** What an external call (a library, a built-in) returns, judged by its declared type. */
  private externalResult(call: ts.CallExpression, receiver: Value, args: readonly Value[]): Value {
    const inputs = mergeValues(receiver, ...args);
    // A call whose result nobody reads (`router.get(…)`, `res.end()`) needs no type.
    if (isDiscarded(call)) return inputs;
    const type = this.checker.getTypeAtLocation(call);
    if (type.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never | ts.TypeFlags.Null)) return EMPTY;
    if (inputs.length === 0 && isOpenType(type, this.checker)) return EMPTY;
    if (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) {
      return withStep(this.markIssued(flattenValue(inputs), call), this.locator.step('derivation', call));
    }
    if (isOpenType(type, this.checker)) return inputs;
    const awaited = this.checker.getAwaitedType(type) ?? type;
    if (awaited.flags & (ts.TypeFlags.StringLike)) return withStep(this.markIssued(flattenValue(inputs), call), this.locator.step('derivation', call));
    if (isOpenType(awaited, this.checker)) return inputs;
    // A precise declared result type is the projection: a zod `parse`, a Prisma `select`, `pick`.
    const typed = this.typeValue(awaited, true, call);
    if (typed.length > 0 || this.types.hasProjectProperties(awaited)) return typed;
    return inputs;
  }

  /** `Schema.parse(req.body)`, `Schema.safeParse(await c.req.json())`: a schema parse of the request. */
  private isRequestParse(call: ts.CallExpression, methodName: string | undefined): boolean {
    const input = call.arguments[0];
    return methodName !== undefined && SCHEMA_PARSES.has(methodName) && input !== undefined && this.isRequestDerived(input, 0);
  }

  /**
   * The fields a schema parse of the request declares (its output type), whatever the engine knew
   * of the raw body; what the caller sent, so echoing it back is no finding (decision 0003 §4).
   */
  private parsedRequest(call: ts.CallExpression, receiver: Value, args: readonly Value[]): Value {
    return this.externalResult(call, receiver, args).map((label) => (label.kind === 'cat' ? { ...label, fromRequest: true } : label));
  }

  /** A credential made by a call (`jwt.sign`, `randomBytes`) is issued, not read (policy point 1). */
  private markIssued(value: Value, call: ts.CallExpression): Value {
    if (!this.sinks.isIssuingCall(call)) return value;
    return value.map((label) => (label.kind === 'cat' && label.category === 'credential' ? { ...label, issued: true } : label));
  }

  /**
   * The record an issuing call returns (`register`, `createApiKey`): its credentials named like
   * what is handed out (`apiKey`, `token`) are issued to the caller; a `passwordHash` never is.
   */
  private markIssuedFields(value: Value, call: ts.CallExpression): Value {
    if (value.length === 0 || !this.sinks.isIssuingCall(call)) return value;
    return value.map((label) => {
      const key = label.path.at(-1);
      return label.kind === 'cat' && label.category === 'credential' && key !== undefined && isIssuedCredentialName(key, this.knowledge.auth) ? { ...label, issued: true } : label;
    });
  }

  private builtinMethod(
    call: ts.CallExpression,
    method: string,
    receiver: Value,
    args: readonly Value[],
    callbacks: readonly { index: number; fn: FunctionNode }[],
    frame: Frame,
  ): Value | undefined {
    if (method === 'then' || method === 'finally') {
      const first = callbacks.find((callback) => callback.index === 0);
      if (first === undefined) return receiver;
      return this.evaluateInline(first.fn, frame, [receiver]);
    }
    if (method === 'catch') {
      this.evaluateCallbacks(callbacks, frame, undefined);
      return receiver;
    }
    if (!ARRAY_METHODS.has(method)) return undefined;
    const receiverType = this.checker.getTypeAtLocation((skipOuter(call.expression) as ts.PropertyAccessExpression).expression);
    const isArray = this.checker.isArrayLikeType(receiverType) && !(receiverType.flags & ts.TypeFlags.StringLike);
    if (!isArray) return undefined;
    if (CALLBACK_METHODS_ELEMENT.has(method) || method === 'reduce' || method === 'reduceRight') {
      let result: Value = EMPTY;
      for (const callback of callbacks) {
        const bound = method === 'reduce' || method === 'reduceRight' ? [args[1] ?? EMPTY, receiver] : [receiver];
        result = mergeValues(result, this.evaluateInline(callback.fn, frame, bound));
      }
      if (method === 'forEach') return EMPTY;
      if (ARRAY_BOOLEAN.has(method)) return EMPTY;
      if (method === 'map' || method === 'flatMap' || method === 'reduce' || method === 'reduceRight') return result;
      return receiver;
    }
    if (ARRAY_BOOLEAN.has(method)) return EMPTY;
    if (ELEMENT_PRESERVING.has(method)) return mergeValues(receiver, ...args);
    if (method === 'join' || method === 'toString') return flattenValue(receiver);
    return undefined;
  }

  private builtinFunction(call: ts.CallExpression, args: readonly Value[], callbacks: readonly { index: number; fn: FunctionNode }[], frame: Frame): Value | undefined {
    const chain = getMemberChain(call.expression);
    if (chain === undefined) return undefined;
    const name = chain.join('.');
    const root = getChainRoot(call.expression);
    if (ts.isIdentifier(root)) {
      const symbol = this.checker.getSymbolAtLocation(root);
      const declaration = symbol?.declarations?.[0];
      if (declaration !== undefined && !declaration.getSourceFile().isDeclarationFile) return undefined;
    }
    switch (name) {
      case 'JSON.stringify':
        return flattenValue(this.orm.serializeJson(args[0] ?? EMPTY));
      case 'String':
      case 'encodeURIComponent':
      case 'encodeURI':
      case 'Buffer.from':
        return flattenValue(args[0] ?? EMPTY);
      case 'JSON.parse':
      case 'structuredClone':
      case 'Object.freeze':
      case 'Array.from':
      case 'Object.values':
      case 'Object.entries':
      case 'Promise.resolve':
      case 'Promise.all':
      case 'Promise.allSettled':
      case 'Promise.race':
      case 'Promise.any':
        this.evaluateCallbacks(callbacks, frame, undefined);
        return args[0] ?? EMPTY;
      case 'Object.assign':
      case 'Object.fromEntries':
        return mergeValues(...args);
      case 'Object.keys':
      case 'Boolean':
      case 'Number':
      case 'Array.isArray':
      case 'Number.isNaN':
      case 'isNaN':
        return EMPTY;
      default:
        return undefined;
    }
  }

  private evaluateCallbacks(callbacks: readonly { index: number; fn: FunctionNode }[], frame: Frame, args: readonly Value[] | undefined): void {
    for (const callback of callbacks) this.evaluateInline(callback.fn, frame, args);
  }



  /** The function a callee names, when the project declares it with a body. */
  private resolveFunction(callee: ts.Expression): FunctionNode | undefined {
    const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
    if (nameNode === undefined) return undefined;
    let symbol = this.checker.getSymbolAtLocation(nameNode);
    if (symbol === undefined) return undefined;
    if (symbol.flags & ts.SymbolFlags.Alias) {
      try {
        symbol = this.checker.getAliasedSymbol(symbol);
      } catch {
        return undefined;
      }
    }
    for (const declaration of symbol.declarations ?? []) {
      if (declaration.getSourceFile().isDeclarationFile || !this.isProjectFile(declaration.getSourceFile().fileName)) continue;
      if (isFunctionNode(declaration)) return declaration;
      if ((ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer !== undefined) {
        const initializer = skipOuter(declaration.initializer);
        if (isFunctionNode(initializer)) return initializer;
      }
    }
    return undefined;
  }

  /** Replaces a summary's parameter labels with the labels of the call's arguments. */
  private substitute(value: Value, fn: FunctionNode, args: readonly Value[], call: ts.CallExpression): Value {
    if (value.length === 0) return value;
    const out: Value[] = [];
    const step = this.locator.step('return', call, () => `returned by ${describeFunction(fn) || 'a function'}`);
    for (const label of value) {
      if (label.kind === 'cat') {
        out.push([{ ...this.resolveFromParam(label, fn, call), trace: extendTrace(label.trace, step) }]);
        continue;
      }
      if (label.fn !== fn) continue;
      const parameter = fn.parameters[label.index];
      let arg = parameter?.dotDotDotToken !== undefined ? mergeValues(...args.slice(label.index)) : (args[label.index] ?? EMPTY);
      for (const key of label.proj) arg = this.projectDerived(arg, key, call);
      if (label.transforms !== undefined) arg = this.sinks.applyTransforms(arg, label.transforms);
      for (const key of [...label.path].reverse()) arg = nestValue(arg, key);
      out.push(withStep(arg, step));
    }
    return mergeValues(...out);
  }

  /** A callee's parameter-to-sink flows, applied to this call's arguments. */
  /**
   * Whether a receiver chain (`stripe.paymentIntents`) starts at a variable holding an instance of a
   * class imported from a package (`new Stripe(key)`, `new OpenAI({ apiKey })`): an SDK client.
   */
  private isPackageClient(receiver: ts.Expression): boolean {
    const root = getChainRoot(skipOuter(receiver));
    if (!ts.isIdentifier(root)) return false;
    const symbol = this.checker.getSymbolAtLocation(root);
    if (symbol === undefined) return false;
    let answer = this.packageClients.get(symbol);
    if (answer === undefined) {
      const origin = resolveOrigin(root, this.checker);
      const imported = ts.isNewExpression(origin) && ts.isIdentifier(skipOuter(origin.expression)) ? findImportOrigin(skipOuter(origin.expression) as ts.Identifier, this.checker) : undefined;
      answer = imported !== undefined && !imported.module.startsWith('.') && !imported.module.startsWith('/') && !imported.module.startsWith('node:');
      this.packageClients.set(symbol, answer);
    }
    return answer;
  }

  private readonly packageClients = new Map<ts.Symbol, boolean>();

  private busHandlers: Map<ts.Symbol, FunctionNode> | undefined;

  /**
   * `this.queryBus.execute(new GetPhoneHintQuery(email))` on a `@nestjs/cqrs` bus: the `execute`
   * method of the class decorated `@QueryHandler(GetPhoneHintQuery)` (or `@CommandHandler`,
   * `@EventsHandler`), which receives the query and whose answer the bus returns.
   */
  private findBusHandler(call: ts.CallExpression, receiver: ts.Expression): FunctionNode | undefined {
    const message = call.arguments[0];
    if (message === undefined) return undefined;
    const busSymbol = this.checker.getTypeAtLocation(receiver).getSymbol();
    const busFile = busSymbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (busSymbol === undefined || !/Bus$/.test(busSymbol.name) || !/[\\/]@nestjs[\\/]cqrs[\\/]/.test(busFile)) return undefined;
    const messageClass = this.checker.getTypeAtLocation(message).getSymbol();
    if (messageClass === undefined) return undefined;
    if (this.busHandlers === undefined) {
      const handlers = new Map<ts.Symbol, FunctionNode>();
      for (const sourceFile of this.program.getSourceFiles()) {
        if (sourceFile.isDeclarationFile || !this.isProjectFile(sourceFile.fileName) || !/(Query|Command|Events)Handler\(/.test(sourceFile.text)) continue;
        const visit = (node: ts.Node): void => {
          if (ts.isClassDeclaration(node)) {
            const execute = node.members.find((member): member is ts.MethodDeclaration => ts.isMethodDeclaration(member) && member.body !== undefined && getStaticName(member.name) === 'execute');
            if (execute !== undefined) {
              for (const argument of getDecoratorArguments(node, BUS_HANDLER_DECORATORS)) {
                const symbol = findDeclaredSymbol(skipOuter(argument), this.checker);
                if (symbol !== undefined) handlers.set(symbol, execute);
              }
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(sourceFile);
      }
      this.busHandlers = handlers;
    }
    return this.busHandlers.get(messageClass);
  }

  private readonly listenerIndex = new Map<ts.Symbol, Map<string, FunctionNode[]>>();

  /**
   * The project's listeners of an `emit` on a Node `EventEmitter` (a variable or field holding
   * one, by its symbol) for a literal event name: the functions passed to `on`, `once`,
   * `addListener` or `prepend…Listener` on the same emitter, in any project file that names it.
   */
  private findListeners(call: ts.CallExpression, receiver: ts.Expression): FunctionNode[] {
    const event = call.arguments[0] === undefined ? undefined : skipOuter(call.arguments[0]);
    if (event === undefined || !ts.isStringLiteralLike(event)) return [];
    const symbol = this.emitterSymbol(receiver);
    if (symbol === undefined) return [];
    let byEvent = this.listenerIndex.get(symbol);
    if (byEvent === undefined) {
      byEvent = new Map();
      this.listenerIndex.set(symbol, byEvent);
      const name = symbol.name;
      for (const sourceFile of this.program.getSourceFiles()) {
        if (sourceFile.isDeclarationFile || !this.isProjectFile(sourceFile.fileName) || !sourceFile.text.includes(`${name}.`)) continue;
        const visit = (node: ts.Node): void => {
          if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && LISTEN_METHODS.has(node.expression.name.text) && node.arguments.length >= 2) {
            const key = skipOuter(node.arguments[0]!);
            const listener = skipOuter(node.arguments[1]!);
            const fn = isFunctionNode(listener) ? listener : ts.isIdentifier(listener) || ts.isPropertyAccessExpression(listener) ? this.resolveFunction(listener) : undefined;
            if (ts.isStringLiteralLike(key) && fn !== undefined && this.emitterSymbol(node.expression.expression) === symbol) {
              const list = byEvent!.get(key.text) ?? [];
              list.push(fn);
              byEvent!.set(key.text, list);
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(sourceFile);
      }
    }
    return byEvent.get(event.text) ?? [];
  }

  /** The symbol of an expression that holds a Node `EventEmitter` (an instance of it or of a subclass). */
  private emitterSymbol(expr: ts.Expression): ts.Symbol | undefined {
    const inner = skipOuter(expr);
    const nameNode = ts.isPropertyAccessExpression(inner) ? inner.name : ts.isIdentifier(inner) ? inner : undefined;
    if (nameNode === undefined) return undefined;
    const symbol = findDeclaredSymbol(nameNode, this.checker);
    if (symbol === undefined) return undefined;
    const type = this.checker.getTypeAtLocation(inner);
    return isEventEmitterType(type, this.checker) ? symbol : undefined;
  }

  private applyFlows(summary: Summary, fn: FunctionNode, call: ts.CallExpression, args: readonly Value[], frame: Frame, argumentOffset = 0): void {
    for (const flow of summary.flows) {
      // A request to a URL the wrapper was handed leaves for a third party only if this call's URL does.
      let flowTarget = flow.target;
      if (flowTarget.urlParam !== undefined) {
        const url = call.arguments[flowTarget.urlParam + argumentOffset];
        if (url === undefined || !this.sinks.isExternalUrl(url)) continue;
        const { urlParam: _decided, ...resolved } = flowTarget;
        flowTarget = resolved;
      }
      // The address a message is delivered to is where it goes, not what it says (a whole message
      // spread into the send, `sendMail({ to, text })`, is both: its text is data).
      if (flowTarget.recipientParam === flow.index && flowTarget.recipientKeys === undefined) continue;
      const parameter = fn.parameters[flow.index];
      let arg = parameter?.dotDotDotToken !== undefined ? mergeValues(...args.slice(flow.index)) : (args[flow.index] ?? EMPTY);
      for (const key of flow.proj) arg = this.projectDerived(arg, key, call);
      if (flow.transforms.length > 0) arg = this.sinks.applyTransforms(arg, flow.transforms);
      // A logger's `redact` path is matched where the value lands in the logged object: the
      // wrapper's place for its parameter (`{ event, ...fields }`) joined to the path inside the argument.
      const redacted = flowTarget.redacted;
      if (redacted !== undefined) arg = arg.filter((label) => !redacted([...flow.path, ...label.path]));
      if (arg.length === 0) continue;
      const argNode = call.arguments[flow.index + argumentOffset] ?? call;
      const wrapperStep = this.locator.step('wrapper', call, () => `passed to ${describeFunction(fn) || 'a wrapper'}, which forwards it`);
      const argStep = this.locator.step('argument', argNode);
      const forwarded = arg
        .filter((label) => label.kind === 'param' || !flow.categoriesReportedInside.has(label.category))
        .map((label) => {
          let trace = extendTrace(label.trace, argStep);
          trace = extendTrace(trace, wrapperStep);
          for (const step of flow.trace) trace = extendTrace(trace, step);
          // A parameter forwarded again keeps its place in the sink's argument for the next caller's redaction.
          return label.kind === 'param' ? { ...label, trace, path: [...flow.path, ...label.path].slice(0, MAX_PATH) } : { ...label, trace };
        });
      // A wrapper's recipient parameter decides at each call whether it delivers to the data subject.
      const argument = flowTarget.recipientParam === undefined ? undefined : call.arguments[flowTarget.recipientParam + argumentOffset];
      // A spread message (`sendMail({ to: OPS_INBOX, … })`): its own recipient key decides.
      const recipient = flowTarget.recipientKeys === undefined ? argument : this.sinks.findRecipient(argument, flowTarget.recipientKeys);
      const delivery = recipient === undefined ? flowTarget.delivery : !this.sinks.isConfigValue(recipient);
      this.reachSink(forwarded, { ...flowTarget, delivery, node: call, wrapped: true }, frame);
    }
  }

  private reachArgs(target: SinkTarget, node: ts.Node, args: readonly Value[], frame: Frame): void {
    const value = target.args === undefined ? mergeValues(...args) : mergeValues(...target.args.map((index) => args[index] ?? EMPTY));
    const projected = target.keys === undefined ? value : pickKeys(value, new Set(target.keys));
    const extra = target.extra === undefined ? EMPTY : target.extra(frame.memo, (expr) => this.evaluate(expr, frame));
    let reaching = mergeValues(projected, extra);
    const redacted = target.redacted;
    // A parameter at a redacted place (`authorization: \`Bearer ${integration.apiKey}\``) is redacted for every caller too.
    if (redacted !== undefined) reaching = reaching.filter((label) => label.path.length === 0 || !redacted(label.path));
    this.reachSink(reaching, target, frame);
    void node;
  }

  private checkAssignment(expr: ts.BinaryExpression, value: Value, frame: Frame): void {
    const left = skipOuter(expr.left);
    if (!ts.isPropertyAccessExpression(left)) return;
    const target = this.sinks.matchAssignment(left, frame.handler, (node) => this.isResponseParam(node, frame));
    if (target === undefined) return;
    this.emit(expr.parent !== undefined && ts.isExpressionStatement(expr.parent) ? expr.parent : expr, frame);
    this.reachSink(value, { ...target, node: expr }, frame);
  }

  /** Whether an identifier is the handler's response/context parameter (or conventionally named like one). */
  private isResponseParam(node: ts.Expression, frame: Frame): 'request' | 'response' | 'context' | undefined {
    const inner = skipOuter(node);
    if (!ts.isIdentifier(inner)) return undefined;
    const symbol = this.checker.getSymbolAtLocation(inner);
    const declaration = symbol?.valueDeclaration;
    if (declaration === undefined || !ts.isParameter(declaration)) return undefined;
    for (let current: Frame | undefined = frame; current !== undefined; current = current.parent) {
      const handler = current.handler;
      if (handler === undefined) continue;
      if (handler.injectedResponse?.has(declaration)) return 'response';
      const fn = declaration.parent;
      if (fn !== handler.node) continue;
      const index = handler.node.parameters.indexOf(declaration);
      if (handler.params.response === index) return 'response';
      if (handler.params.context === index) return 'context';
      if (handler.params.request === index) return 'request';
    }
    return undefined;
  }

  /** Records the value's labels at a sink: category labels become hits, parameter labels summary flows. */
  private reachSink(valueIn: Value, target: SinkTarget & { wrapped?: boolean }, frame: Frame): void {
    // Responses are serialised as JSON: a hydrated document's `toJSON` runs on the way out.
    const value = target.sink === 'response' ? this.orm.serializeJson(valueIn) : valueIn;
    if (value.length === 0) return;
    // Through a wrapper, the trace already ends at the sink inside it; the finding sits at the call.
    const sinkStep = this.locator.step('sink', target.node);
    const categoriesHere = new Set<CategoryId>();
    for (const label of value) {
      // Where the request goes is known only at each call of the wrapper (`urlParam`).
      if (label.kind === 'cat' && target.urlParam === undefined) {
        categoriesHere.add(label.category);
        const trace = target.wrapped === true ? label.trace : extendTrace(label.trace, sinkStep);
        // A verified password before the sink proves the caller owns the record: it lifts account
        // status (policy point 3) and, in responses, the owner-scope rule (point 2) for the rest.
        const proven = label.category !== 'credential' && (label.category === 'account-status' || target.sink === 'response') && frame.handler !== undefined && this.hasOwnershipProofBefore(target.node, frame);
        this.addHit({
          afterOwnershipProof: proven,
          sink: target.sink,
          part: target.part,
          node: target.node,
          label: { ...label, trace },
          handler: frame.handler,
          scope: describeFunction(frame.fn),
          scopeNode: this.scopeOf(frame),
          model: target.model,
          delivery: target.delivery,
          viaWrapper: target.wrapped === true,
          serialized: target.serialized === true,
        });
      }
    }
    const summary = frame.root.summary;
    if (summary === undefined || ts.isSourceFile(frame.root.fn)) return;
    for (const label of value) {
      if (label.kind !== 'param' || label.fn !== frame.root.fn) continue;
      if (summary.flows.length >= 32) break;
      summary.flows.push({
        index: label.index,
        proj: label.proj,
        path: label.path,
        transforms: label.transforms ?? [],
        target: { ...target, node: target.node },
        // Through a nested wrapper the trace already ends at the sink inside it: `a` → `b` → sink.
        trace: target.wrapped === true ? label.trace.slice(1) : extendTrace(label.trace.slice(1), sinkStep),
        categoriesReportedInside: categoriesHere,
      });
    }
  }

  private addHit(hit: SinkHit): void {
    const sourceFile = hit.node.getSourceFile();
    if (!this.isProjectFile(sourceFile.fileName)) return;
    // Keyed by path too: an issued `token` and a stored `user.passwordHash` at one `res.json` are
    // judged apart; the scan keeps one finding per (category, sink) and line.
    const key = `${sourceFile.fileName}:${hit.node.getStart()}:${hit.sink}:${hit.label.category}:${hit.label.path.join('.')}`;
    if (this.hitKeys.has(key)) return;
    this.hitKeys.add(key);
    this.hits.push(hit);
  }


}

/** `x.replace(/\d/g, '*')`: a global digit pattern replaced by a constant without group references. */
function replacesEveryDigit(call: ts.CallExpression, method: string): boolean {
  if (method !== 'replace' && method !== 'replaceAll') return false;
  const [pattern, replacement] = call.arguments;
  if (pattern === undefined || replacement === undefined) return false;
  const regex = skipOuter(pattern);
  const constant = skipOuter(replacement);
  if (!ts.isRegularExpressionLiteral(regex) || !ts.isStringLiteralLike(constant)) return false;
  const end = regex.text.lastIndexOf('/');
  return isDigitFreeMask(regex.text.slice(1, end), regex.text.slice(end + 1), constant.text);
}

/** A call whose name says it counts (`countTravellers()`, `getUserCount()`). */
function isCountCall(call: ts.CallExpression): boolean {
  const callee = skipOuter(call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  return name !== undefined && isCountCallName(name);
}

/** Whether a call's value is thrown away (an expression statement, possibly awaited or voided). */
function isDiscarded(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  while (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isVoidExpression(node.parent)) node = node.parent;
  return ts.isExpressionStatement(node.parent);
}

/** The last name of an identifier or property access (`row` for `row`, `account` for `ctx.account`). */
function nameOf(expr: ts.Expression): string | undefined {
  const inner = skipOuter(expr);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text;
  return undefined;
}

/** `null`, `undefined` or `void 0`: an absent result, which callers treat like a missing record. */
function isAbsentValue(expr: ts.Expression): boolean {
  const inner = skipOuter(expr);
  return inner.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(inner) && inner.text === 'undefined') || ts.isVoidExpression(inner);
}

/** The `if` condition or `switch` subject a statement sits under, inside the function. */
function findBranchCondition(node: ts.Node, fn: ts.Node): ts.Expression | undefined {
  for (let child = node, parent = node.parent; parent !== undefined && parent !== fn && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression) return parent.expression;
    if (ts.isCaseClause(parent) && child !== parent.expression) return parent.parent.parent.expression;
  }
  return undefined;
}

/** The return statements of a function, not of the functions nested in it. */
function collectReturns(fn: ts.Node): ts.ReturnStatement[] {
  const out: ts.ReturnStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) out.push(node);
    if (!isFunctionNode(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  return out;
}

/** The text of an answer's value under a key: its initializer in an object literal, `<absent>` without the key, undefined when unknown. */
function literalValueText(expr: ts.Expression, key: string): string | undefined {
  const inner = skipOuter(expr);
  if (!ts.isObjectLiteralExpression(inner)) return undefined;
  if (inner.properties.some((property) => ts.isSpreadAssignment(property))) return undefined;
  for (const property of inner.properties) {
    if (ts.isPropertyAssignment(property) && getStaticName(property.name) === key) return normalizeText(property.initializer);
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return key;
  }
  return '<absent>';
}

function isStateLabel(label: CategoryLabel): boolean {
  return label.category === 'account-status' && label.path.length === 0;
}

function normalizeText(expr: ts.Expression): string {
  return skipOuter(expr).getText().replace(/\s+/g, ' ');
}

function flattenOr(expr: ts.Expression): ts.Expression[] {
  const inner = skipOuter(expr);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.BarBarToken) return [...flattenOr(inner.left), ...flattenOr(inner.right)];
  return [inner];
}

function isEquality(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
}

/** Whether a statement always runs before a node: it sits earlier in a block that encloses the node. */
function runsBefore(statement: ts.Statement, node: ts.Node): boolean {
  const block = statement.parent;
  for (let current: ts.Node = node; current.parent !== undefined; current = current.parent) {
    if (current.parent === block) return current.getStart() >= statement.getEnd();
  }
  return false;
}

function isCallLike(expr: ts.Expression): boolean {
  const inner = skipOuter(expr);
  if (ts.isAwaitExpression(inner)) return isCallLike(inner.expression);
  return ts.isCallExpression(inner) || ts.isNewExpression(inner);
}

/** Re-exported for the routes module, which resolves handler references the same way. */
export { resolveOrigin, findImportOrigin, isSameModule, matchesReceiver };

/** A parameter declared as the DOM's `FormData`: what a browser form submitted. */
function isFormDataParameter(parameter: ts.ParameterDeclaration): boolean {
  const type = parameter.type;
  return type !== undefined && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'FormData';
}

/** The literal column list a database call's options name (`{ fields: ['id', 'handle'] }`, `{ attributes: [...] }`). */
function findColumnList(call: ts.CallExpression): Set<string> | undefined {
  for (const argument of call.arguments) {
    const options = skipOuter(argument);
    if (!ts.isObjectLiteralExpression(options)) continue;
    for (const property of options.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || (property.name.text !== 'fields' && property.name.text !== 'attributes')) continue;
      const list = skipOuter(property.initializer);
      if (!ts.isArrayLiteralExpression(list) || list.elements.length === 0 || !list.elements.every((element) => ts.isStringLiteralLike(element))) continue;
      // `fields: ['author.email']` keeps the relation's path: its first segment is the column read.
      return new Set(list.elements.map((element) => (element as ts.StringLiteralLike).text.split('.')[0] as string));
    }
  }
  return undefined;
}

/** The decorator that attaches NestJS interceptors to a controller or a route method. */
const INTERCEPTOR_DECORATORS: ReadonlySet<string> = new Set(['UseInterceptors']);

/** The arguments of a node's decorators called by one of these names (`@QueryHandler(GetQuery)`). */
function getDecoratorArguments(node: ts.Node, names: ReadonlySet<string>): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const decorator of ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []) {
    const expression = decorator.expression;
    if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && names.has(expression.expression.text)) out.push(...expression.arguments);
  }
  return out;
}

/** The decorators that bind a class's `execute` to a command, query or event of a NestJS CQRS bus. */
const BUS_HANDLER_DECORATORS: ReadonlySet<string> = new Set(['QueryHandler', 'CommandHandler', 'EventsHandler']);

/** The methods that register a listener on a Node `EventEmitter`. */
const LISTEN_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** Whether a type is Node's `EventEmitter` (from `events` / `node:events`) or a class extending it. */
function isEventEmitterType(type: ts.Type, checker: ts.TypeChecker, depth = 0): boolean {
  if (depth > 6) return false;
  const symbol = type.getSymbol();
  if (symbol !== undefined && symbol.name === 'EventEmitter') {
    const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (/[\\/]@types[\\/]node[\\/]/.test(file)) return true;
  }
  for (const base of type.isClassOrInterface() ? checker.getBaseTypes(type) : []) if (isEventEmitterType(base, checker, depth + 1)) return true;
  return false;
}
