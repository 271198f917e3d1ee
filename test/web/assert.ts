// The subset of `node:assert/strict` the integration suites use, for the browser (web worker)
// extension host, where there is no Node. test/harness/runWeb.mjs bundles the suites with
// `node:assert` and `node:assert/strict` resolved to this file. Strict semantics: Object.is and a
// structural deep equality without type coercion.

export class AssertionError extends Error {
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string;
  /** Read by mocha's reporters: show an actual/expected diff. */
  readonly showDiff: boolean;
  readonly code = 'ERR_ASSERTION';

  constructor(options: { message?: string | Error; actual?: unknown; expected?: unknown; operator: string; fallback: string; showDiff?: boolean }) {
    const message = options.message instanceof Error ? options.message.message : (options.message ?? options.fallback);
    super(message);
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.showDiff = options.showDiff ?? false;
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 200 ? `${json.slice(0, 200)}…` : json;
  } catch {
    // circular: fall through
  }
  return String(value);
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) throw new AssertionError({ message, actual: value, expected: true, operator: '==', fallback: `The expression evaluated to a falsy value: ${show(value)}` });
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) {
    throw new AssertionError({ message, actual, expected, operator: 'strictEqual', fallback: `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, showDiff: true });
  }
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) throw new AssertionError({ message, actual, expected, operator: 'notStrictEqual', fallback: `Expected "actual" to be strictly unequal to: ${show(expected)}` });
}

function isDeepEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !isDeepEqual(value, b.get(key), seen)) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const value of a) if (!b.has(value)) return false;
    return true;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isDeepEqual(recordA[key], recordB[key], seen));
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepEqual(actual, expected)) {
    throw new AssertionError({ message, actual, expected, operator: 'deepStrictEqual', fallback: `Expected values to be strictly deep-equal:\n${show(actual)}\n!==\n${show(expected)}`, showDiff: true });
  }
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected)) throw new AssertionError({ message, actual, expected, operator: 'notDeepStrictEqual', fallback: `Expected "actual" not to be strictly deep-equal to: ${show(expected)}` });
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new AssertionError({ message, actual: value, expected: pattern, operator: 'match', fallback: `The input did not match the regular expression ${pattern}. Input:\n\n${show(value)}\n` });
  }
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || pattern.test(value)) {
    throw new AssertionError({ message, actual: value, expected: pattern, operator: 'doesNotMatch', fallback: `The input was expected to not match the regular expression ${pattern}. Input:\n\n${show(value)}\n` });
  }
}

export function fail(message: string | Error = 'Failed'): never {
  throw new AssertionError({ message, operator: 'fail', fallback: 'Failed' });
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch {
    return;
  }
  throw new AssertionError({ message, operator: 'rejects', fallback: 'Missing expected rejection.' });
}

export function throws(fn: () => unknown, message?: string | Error): void {
  try {
    fn();
  } catch {
    return;
  }
  throw new AssertionError({ message, operator: 'throws', fallback: 'Missing expected exception.' });
}

export const strictEqual = equal;
export const notStrictEqual = notEqual;
export const deepStrictEqual = deepEqual;
export const notDeepStrictEqual = notDeepEqual;

const assert = Object.assign((value: unknown, message?: string | Error) => ok(value, message), {
  AssertionError, ok, equal, notEqual, deepEqual, notDeepEqual, match, doesNotMatch, fail, rejects, throws,
  strictEqual, notStrictEqual, deepStrictEqual, notDeepStrictEqual,
});
export { assert as strict };
export default assert;
