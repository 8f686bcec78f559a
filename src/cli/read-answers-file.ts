// Reading answers files for a command-line tool (contract §3): either the parsed file, or
// messages that name the file and EVERY problem (question id included), in English or Dutch from
// the locales. Shared by the assess, report and workshop commands.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../answers/limits';
import { parseAnswersFile, tooLargeProblem, type AnswersFile, type Problem } from '../answers/parse';
import { DEFAULT_LANGUAGE, type Language } from '../catalogue/languages';
import { answersFileError } from '../i18n/keys';
import { fixedT } from '../i18n/setup';
import { escapeForTerminal } from './escape';
import { BadInput } from './run';

export type ReadBytesResult =
  { ok: true; bytes: Uint8Array } | { ok: false; message: string } | { ok: false; problem: Problem };
export type ReadAnswersFileResult = { ok: true; file: AnswersFile } | { ok: false; messages: string[] };

/** One line per problem: "FILE: QUESTION_ID: text" (the question id only for answer problems). */
export function describeProblems(
  path: string,
  problems: readonly Problem[],
  language: Language = DEFAULT_LANGUAGE,
): string[] {
  const t = fixedT(language);
  return problems.map((p) => {
    const text = String(t(answersFileError(p.code), { ...p.params }));
    const line = p.questionId === undefined ? `${path}: ${text}` : `${path}: ${p.questionId}: ${text}`;
    return escapeForTerminal(line);
  });
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'cli.reason.notFound',
  EISDIR: 'cli.reason.isDirectory',
  EACCES: 'cli.reason.noAccess',
  EPERM: 'cli.reason.noAccess',
};

/** At most MAX_FILE_BYTES + 1 bytes, whatever the path is: a regular file is refused from its
 *  size before reading; a device or pipe (/dev/zero, a FIFO) is read only up to the limit
 *  (issue 16, defect 10: v1 read /dev/zero until the kernel killed it at 24 GB). */
function readCapped(path: string): Uint8Array | null {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) return null;
    const buffer = new Uint8Array(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return length > MAX_FILE_BYTES ? null : buffer.slice(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes (at most MAX_FILE_BYTES), or why not: a line, or the too_large problem. */
export function readBytes(path: string, language: Language = DEFAULT_LANGUAGE): ReadBytesResult {
  try {
    // Bytes, not a string: the parser refuses broken UTF-8 instead of reading U+FFFD.
    const bytes = readCapped(path);
    return bytes === null ? { ok: false, problem: tooLargeProblem() } : { ok: true, bytes };
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? 'error');
    const t = fixedT(language);
    const reason = String(t(REASONS[code] ?? 'cli.reason.other', { code }));
    return { ok: false, message: escapeForTerminal(String(t('cli.cannotRead', { path, reason }))) };
  }
}

/** What readBytes could not read, as lines for standard error. */
export function unreadableLines(
  path: string,
  read: Exclude<ReadBytesResult, { ok: true }>,
  language: Language,
) {
  return 'message' in read ? [read.message] : describeProblems(path, [read.problem], language);
}

export function readAnswersFile(path: string, language: Language = DEFAULT_LANGUAGE): ReadAnswersFileResult {
  const read = readBytes(path, language);
  if (!read.ok) return { ok: false, messages: unreadableLines(path, read, language) };
  const parsed = parseAnswersFile(read.bytes);
  return parsed.ok ? parsed : { ok: false, messages: describeProblems(path, parsed.problems, language) };
}

/** For a command's main: the parsed file, or BadInput with every message (exit 2). */
export function readAnswersFileOrThrow(path: string, language: Language = DEFAULT_LANGUAGE): AnswersFile {
  const result = readAnswersFile(path, language);
  if (result.ok) return result.file;
  throw new BadInput(result.messages.join('\n'));
}
