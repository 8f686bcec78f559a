// Reading an answers file (contract §1, style.md §9): either the whole file or every problem,
// never a partial import. Pure: no I/O, never throws for any input, never mutates it.
import type { Answers } from '../catalogue/answers';
import { QUESTION_IDS } from '../catalogue/catalogue';
import { ANSWERS_FILE_FORMAT, answersFileSchema, MAX_FILE_BYTES, type AnswersFile } from './file-schema';
import { problemsFromIssues, tidyProblems } from './issue-problems';
import { scanJson } from './json-scan';
import { MAX_NESTING, MAX_PROBLEMS_LISTED, MAX_QUOTED_CHARS } from './limits';
import { CURRENT_FORMAT_VERSION, migrate, migrateCatalogue, type CatalogueMigrationResult } from './migrate';
import { preCheck } from './pre-check';
import type { Problem } from './problem';

export type { AnswersFile } from './file-schema';
export type { Problem, ProblemCode } from './problem';
export { MAX_FILE_BYTES } from './file-schema';

export type ParseResult = { ok: true; file: AnswersFile } | { ok: false; problems: Problem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const refuse = (...problems: Problem[]): ParseResult => ({ ok: false, problems });

export const tooLargeProblem = (): Problem => ({
  code: 'too_large',
  params: { maxMb: MAX_FILE_BYTES / 1024 / 1024 },
});

/** UTF-8 length without encoding the whole string twice. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
    if (n > MAX_FILE_BYTES) break;
  }
  return n;
}

/** UTF-16 (as Notepad's "Unicode" saves): a BOM, or a zero byte in the first two — JSON text
 *  starts with an ASCII character, which UTF-16 pairs with a zero byte. */
function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return bytes.length >= 2 && (a === 0 || b === 0);
}

function decode(input: string | Uint8Array): { ok: true; text: string } | { ok: false; problem: Problem } {
  if (typeof input === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte: long strings are refused without counting.
    if (input.length > MAX_FILE_BYTES || utf8Length(input) > MAX_FILE_BYTES)
      return { ok: false, problem: tooLargeProblem() };
    return { ok: true, text: input.startsWith('\uFEFF') ? input.slice(1) : input };
  }
  if (input.byteLength > MAX_FILE_BYTES) return { ok: false, problem: tooLargeProblem() };
  if (isUtf16(input)) return { ok: false, problem: { code: 'utf16' } };
  try {
    // fatal: broken UTF-8 is refused rather than silently turned into U+FFFD. The decoder drops a BOM.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { ok: false, problem: { code: 'not_utf8' } };
  }
}

/** JSON.parse makes "__proto__" an own property (no prototype change), but such a key has no
 *  business in our files and would bite any code that copies the object: refuse it anywhere.
 *  Iterative, so a deeply nested file cannot overflow the stack. */
function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/** A value from the file, shown in a message. Never String(v) (a JSON object with an own
 *  "toString" key makes that throw) nor JSON.stringify of a list or object (recursive: 8,000
 *  nested lists overflow the stack). Cut short, so a hostile file cannot flood the problem list. */
function describeValue(v: unknown, raw?: string): string {
  const s =
    typeof v === 'number' && !Number.isFinite(v)
      ? (raw ?? String(v))
      : Array.isArray(v)
        ? '[…]'
        : typeof v === 'object' && v !== null
          ? '{…}'
          : typeof v === 'string'
            ? v
            : String(v);
  return s.length > MAX_QUOTED_CHARS ? `${s.slice(0, MAX_QUOTED_CHARS)}…` : s;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const own = (o: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(o, key) ? o[key] : undefined;

/** Checks in the order of the contract: what the file is, which version, then everything else. */
function checkHeader(raw: unknown, rawVersion: string | undefined): CatalogueMigrationResult {
  if (!isPlainObject(raw) || own(raw, 'format') !== ANSWERS_FILE_FORMAT)
    return { ok: false, problem: { code: 'not_answers_file' } };
  const version = own(raw, 'formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version))
    return {
      ok: false,
      problem: { code: 'unsupported_version', params: { version: describeValue(version, rawVersion) } },
    };
  if (version > CURRENT_FORMAT_VERSION)
    return { ok: false, problem: { code: 'newer_version', params: { version } } };
  const migrated =
    version < CURRENT_FORMAT_VERSION ? migrate(raw, version) : { ok: true as const, file: raw };
  if (!migrated.ok) return migrated;
  return migrateCatalogue(migrated.file, own(migrated.file, 'catalogueVersion'));
}

/** At most MAX_PROBLEMS_LISTED problems, then one "and N more". */
function capped(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return [...problems];
  return [
    ...problems.slice(0, MAX_PROBLEMS_LISTED),
    { code: 'more_problems', params: { count: problems.length - MAX_PROBLEMS_LISTED } },
  ];
}

export function parseAnswersFile(input: string | Uint8Array): ParseResult {
  const decoded = decode(input);
  if (!decoded.ok) return refuse(decoded.problem);
  // Before JSON.parse: it keeps the last of two equal keys silently, and cannot bound depth.
  const scan = scanJson(decoded.text);
  let raw: unknown;
  try {
    raw = JSON.parse(decoded.text);
  } catch {
    return refuse({ code: 'not_json' });
  }
  if (scan.finding?.kind === 'too_deep') return refuse({ code: 'too_deep', params: { max: MAX_NESTING } });
  if (scan.finding?.kind === 'duplicate_key')
    return refuse({ code: 'duplicate_key', params: { key: scan.finding.key } });
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== undefined) return refuse({ code: 'forbidden_key', params: { key: forbidden } });
  const header = checkHeader(raw, scan.rawFormatVersion);
  if (!header.ok) return refuse(header.problem);

  // zod walks only what the bounded check let through; both lists go into one ordered, capped list.
  const pre = preCheck(header.file);
  const result = answersFileSchema.safeParse(pre.bounded);
  const problems = [
    ...(result.success ? [] : problemsFromIssues(result.error.issues, pre.bounded)),
    ...pre.fileProblems,
    ...pre.answerProblems,
  ];
  if (!result.success || problems.length > 0) return refuse(...capped(tidyProblems(problems)));

  const { respondent, answers, ...rest } = result.data;
  const label = respondent?.label;
  // Catalogue order, so a saved file reads like the questionnaire. The schema checked every value
  // against its question, which is what makes this cast true.
  const ordered = Object.fromEntries(
    QUESTION_IDS.filter((id) => Object.hasOwn(answers, id) && answers[id] !== undefined).map((id) => [
      id,
      answers[id],
    ]),
  ) as Answers;
  return {
    ok: true,
    file: {
      ...rest,
      // An empty label is no label (contract §1: optional free text).
      ...(label === undefined || label === '' ? {} : { respondent: { label } }),
      answers: ordered,
      ...(header.migratedFrom === undefined ? {} : { madeWithCatalogue: header.migratedFrom }),
    },
  };
}
