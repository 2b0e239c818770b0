import { isCategoryId } from '../taxonomy/ids.js';
import type {
  CallSinkModel,
  DerivationModel,
  HttpClientModel,
  ReceiverPattern,
  ResponseModel,
  SanitizerModel,
} from './types.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// A JavaScript identifier path: `console`, `req.log`, `chat.completions.create`.
const PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

function checkRegex(source: string, where: string, problems: string[]): void {
  try {
    new RegExp(source, 'i');
  } catch {
    problems.push(`${where}: not a valid regular expression`);
  }
}

function checkPositions(args: readonly number[] | undefined, where: string, problems: string[]): void {
  for (const arg of args ?? []) {
    if (!Number.isInteger(arg) || arg < 0) problems.push(`${where}: ${arg} is not an argument position`);
  }
}

function checkReceiver(receiver: ReceiverPattern, where: string, problems: string[]): void {
  switch (receiver.kind) {
    case 'global':
    case 'property':
      if (!PATH.test(receiver.path)) problems.push(`${where}: "${receiver.path}" is not a property path`);
      break;
    case 'import':
    case 'factory':
      if (receiver.module === '') problems.push(`${where}: empty module`);
      if (receiver.export !== '*' && receiver.export !== 'default' && !PATH.test(receiver.export)) {
        problems.push(`${where}: "${receiver.export}" is not an export name`);
      }
      if (receiver.kind === 'factory' && receiver.path !== undefined && !PATH.test(receiver.path)) {
        problems.push(`${where}: "${receiver.path}" is not a property path`);
      }
      break;
    case 'type':
      if (receiver.module === '' || receiver.name === '') problems.push(`${where}: empty type reference`);
      break;
    case 'name':
      checkRegex(receiver.pattern, where, problems);
      break;
  }
}

function checkMethods(methods: readonly string[], where: string, problems: string[], allowEmpty: boolean): void {
  if (methods.length === 0) problems.push(`${where}: no methods`);
  if (new Set(methods).size !== methods.length) problems.push(`${where}: duplicate methods`);
  for (const method of methods) {
    if (method === '' ? !allowEmpty : !PATH.test(method)) problems.push(`${where}: "${method}" is not a method name`);
  }
}

function checkHeader(model: { readonly id: string; readonly title: string }, problems: string[]): void {
  if (!KEBAB.test(model.id)) problems.push(`id "${model.id}" is not kebab-case`);
  if (model.title.trim() === '') problems.push(`${model.id}: empty title`);
}

/** Lists what is wrong with a logger or third-party model; empty when it is well-formed. */
export function findCallSinkModelProblems(model: CallSinkModel): string[] {
  const problems: string[] = [];
  checkHeader(model, problems);
  if (model.receivers.length === 0) problems.push(`${model.id}: no receivers`);
  model.receivers.forEach((r, i) => checkReceiver(r, `${model.id}.receivers[${i}]`, problems));
  checkMethods(model.methods, `${model.id}.methods`, problems, true);
  if (model.derive) checkMethods(model.derive, `${model.id}.derive`, problems, false);
  checkPositions(model.args, `${model.id}.args`, problems);
  for (const method of model.deliveryMethods ?? []) {
    if (!model.methods.includes(method)) problems.push(`${model.id}.deliveryMethods: "${method}" is not one of its methods`);
  }
  if (model.deliveryMethods && !model.recipientKeys?.length) problems.push(`${model.id}: deliveryMethods without recipientKeys`);
  for (const callback of model.callbacks ?? []) checkPositions([callback.arg, callback.param], `${model.id}.callbacks`, problems);
  return problems;
}

/** Lists what is wrong with an HTTP client model; empty when it is well-formed. */
export function findHttpClientModelProblems(model: HttpClientModel): string[] {
  const problems: string[] = [];
  checkHeader(model, problems);
  if (model.receivers.length === 0) problems.push(`${model.id}: no receivers`);
  model.receivers.forEach((r, i) => checkReceiver(r, `${model.id}.receivers[${i}]`, problems));
  checkMethods(
    model.calls.map((c) => c.method),
    `${model.id}.calls`,
    problems,
    true,
  );
  for (const call of model.calls) {
    if (call.dataArgs.length === 0) problems.push(`${model.id}.calls "${call.method}": no data arguments`);
    checkPositions([call.urlArg], `${model.id}.calls "${call.method}".urlArg`, problems);
    for (const arg of call.dataArgs) {
      checkPositions([typeof arg === 'number' ? arg : arg.options], `${model.id}.calls "${call.method}".dataArgs`, problems);
    }
  }
  if (model.dataKeys.length === 0) problems.push(`${model.id}: no dataKeys`);
  return problems;
}

/** Lists what is wrong with a framework (response) model; empty when it is well-formed. */
export function findResponseModelProblems(model: ResponseModel): string[] {
  const problems: string[] = [];
  checkHeader(model, problems);
  const answers =
    model.writes.length + model.assignments.length + model.constructs.length + (model.returnIsBody ? 1 : 0);
  if (answers === 0) problems.push(`${model.id}: no way to answer (writes, assignments, constructs or returnIsBody)`);
  model.routes.forEach((route, i) => {
    route.receivers.forEach((r, j) => checkReceiver(r, `${model.id}.routes[${i}].receivers[${j}]`, problems));
    checkMethods(route.methods, `${model.id}.routes[${i}].methods`, problems, false);
  });
  for (const write of model.writes) {
    checkPositions(write.args, `${model.id}.writes "${write.method}"`, problems);
    if (model.handlerParams[write.on] === undefined && model.handlerParamNames[write.on] === undefined) {
      problems.push(`${model.id}.writes "${write.method}": no handler parameter "${write.on}"`);
    }
  }
  for (const exception of model.exceptions ?? []) checkRegex(exception.pattern, `${model.id}.exceptions`, problems);
  for (const handlers of model.exportedHandlers ?? []) checkRegex(handlers.filePattern, `${model.id}.exportedHandlers`, problems);
  if (model.procedures) checkRegex(model.procedures.builderPattern, `${model.id}.procedures`, problems);
  if (model.serverActions) {
    checkRegex(model.serverActions.thrownErrors.pattern, `${model.id}.serverActions.thrownErrors`, problems);
    checkRegex(model.serverActions.sessionCallPattern, `${model.id}.serverActions.sessionCallPattern`, problems);
    checkPositions(model.serverActions.thrownErrors.args, `${model.id}.serverActions.thrownErrors`, problems);
  }
  return problems;
}

/** Lists what is wrong with a sanitizer model; empty when it is well-formed. */
export function findSanitizerProblems(model: SanitizerModel): string[] {
  const problems: string[] = [];
  checkHeader(model, problems);
  const recognisable =
    (model.calls?.length ?? 0) + (model.namePattern ? 1 : 0) + (model.properties?.length ?? 0) + (model.operators?.length ?? 0) + (model.optionKeys?.length ?? 0);
  if (recognisable === 0) problems.push(`${model.id}: nothing to recognise it by`);
  if (model.namePattern !== undefined) checkRegex(model.namePattern, `${model.id}.namePattern`, problems);
  if (model.removes !== 'all') {
    if (model.removes.length === 0) problems.push(`${model.id}: removes nothing`);
    for (const id of model.removes) if (!isCategoryId(id)) problems.push(`${model.id}.removes: "${id}" is not a category`);
  }
  if (model.kind === 'projection' && model.mode === undefined) problems.push(`${model.id}: projection without mode`);
  return problems;
}

/** Lists what is wrong with a derivation; empty when it is well-formed. */
export function findDerivationProblems(model: DerivationModel): string[] {
  const problems: string[] = [];
  const where = model.id ?? `${model.from}->${model.to}`;
  if (model.id !== undefined && !KEBAB.test(model.id)) problems.push(`id "${model.id}" is not kebab-case`);
  if (!isCategoryId(model.from) || !isCategoryId(model.to)) problems.push(`${where}: unknown category`);
  if (model.names.length === 0) problems.push(`${where}: no names`);
  return problems;
}
