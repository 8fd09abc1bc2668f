// What the database cannot store, or what is nested too deep to walk, found without recursion. Pure.
import type { FieldProblem } from './domain-error.js';

/** No request of the API nests deeper than a few levels; 32 leaves room and keeps every later walk shallow. */
export const MAX_INPUT_DEPTH = 32;
/** A body with thousands of bad strings is answered with the first ones, not with a megabyte of lines. */
const MAX_PROBLEMS = 20;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every such problem in `value`, each with its field path under `root` (`whole` names the value itself). */
export function unstorableInput(value: unknown, root: string, whole = root): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (pending.length && problems.length < MAX_PROBLEMS) {
    const { value: current, path, depth } = pending.pop()!;
    if (typeof current === 'string') {
      problems.push(...stringProblems(current, path || whole));
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth === MAX_INPUT_DEPTH) {
      problems.push({ field: whole, problem: `is nested deeper than ${MAX_INPUT_DEPTH} levels` });
      break;
    }
    const children = Array.isArray(current)
      ? current.map((item, index) => ({ value: item, path: `${path}[${index}]`, depth: depth + 1 }))
      : Object.entries(current).map(([key, item]) => {
          problems.push(...stringProblems(key, path ? `${path}.${JSON.stringify(key)}` : JSON.stringify(key)));
          return { value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 };
        });
    // Reversed onto the stack, so that problems come out in the order of the fields.
    pending.push(...children.reverse());
  }
  return problems.slice(0, MAX_PROBLEMS);
}

function stringProblems(text: string, field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (text.includes('\u0000')) problems.push({ field, problem: 'must not contain NUL (\\u0000) characters' });
  const surrogate = LONE_SURROGATE.exec(text)?.[0];
  if (surrogate) problems.push({ field, problem: `must not contain a lone surrogate (\\u${surrogate.charCodeAt(0).toString(16)})` });
  return problems;
}
