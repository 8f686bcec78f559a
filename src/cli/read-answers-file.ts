// Reading answers files for a command-line tool (contract §3): either the parsed file, or
// messages that name the file and EVERY problem (question id included), in English or Dutch from
// the locales. Shared by the assess, report and workshop commands.
import { readFileSync } from 'node:fs';
import { parseAnswersFile, type AnswersFile, type Problem } from '../answers/parse';
import { DEFAULT_LANGUAGE, type Language } from '../catalogue/languages';
import { answersFileError } from '../i18n/keys';
import { fixedT } from '../i18n/setup';
import { BadInput } from './run';

export type ReadBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };
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
    return p.questionId === undefined ? `${path}: ${text}` : `${path}: ${p.questionId}: ${text}`;
  });
}

/** The file's bytes, or one line saying why it cannot be read. */
export function readBytes(path: string): ReadBytesResult {
  try {
    // Bytes, not a string: the parser refuses broken UTF-8 instead of reading U+FFFD.
    return { ok: true, bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    // A file system error, not a problem inside the file, so there is no locale key for it.
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : code;
    return { ok: false, message: `${path}: cannot be read (${reason})` };
  }
}

export function readAnswersFile(path: string, language: Language = DEFAULT_LANGUAGE): ReadAnswersFileResult {
  const read = readBytes(path);
  if (!read.ok) return { ok: false, messages: [read.message] };
  const parsed = parseAnswersFile(read.bytes);
  return parsed.ok ? parsed : { ok: false, messages: describeProblems(path, parsed.problems, language) };
}

/** For a command's main: the parsed file, or BadInput with every message (exit 2). */
export function readAnswersFileOrThrow(path: string, language: Language = DEFAULT_LANGUAGE): AnswersFile {
  const result = readAnswersFile(path, language);
  if (result.ok) return result.file;
  throw new BadInput(result.messages.join('\n'));
}
