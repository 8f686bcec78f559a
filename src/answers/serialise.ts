// Writing an answers file (contract §1). The app, autosave and tests write through here, so what
// is written is always what parseAnswersFile reads back.
import type { Answers } from '../catalogue/answers';
import { CATALOGUE_VERSION, QUESTION_IDS } from '../catalogue/catalogue';
import type { Language } from '../catalogue/ids';
import { ANSWERS_FILE_FORMAT, type AnswersFile } from './file-schema';
import { CURRENT_FORMAT_VERSION } from './migrate';
import { normalisePlan, type Plan } from './plan';

export interface SerialiseInput {
  readonly answers: Answers;
  readonly respondentLabel?: string;
  readonly language: Language;
  /** Passed in, so the function stays pure (style.md §5). */
  readonly savedAt: Date;
  /** The action plan (issue 15); an empty or absent plan is not written. */
  readonly plan?: Plan;
}

export function toAnswersFile({
  answers,
  respondentLabel,
  language,
  savedAt,
  plan = [],
}: SerialiseInput): AnswersFile {
  const label = respondentLabel?.normalize('NFC').trim() ?? '';
  return {
    format: ANSWERS_FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    catalogueVersion: CATALOGUE_VERSION,
    savedAt: savedAt.toISOString(),
    language,
    ...(label === '' ? {} : { respondent: { label } }),
    // Catalogue order; absent stays absent (contract §1).
    answers: Object.fromEntries(
      QUESTION_IDS.flatMap((id) => (answers[id] === undefined ? [] : [[id, answers[id]]])),
    ) as Answers,
    ...(plan.length === 0 ? {} : { plan: normalisePlan(plan) }),
  };
}

/** Pretty JSON with a final newline: facilitators open these files in text editors. */
export function serialiseAnswersFile(input: SerialiseInput): string {
  return `${JSON.stringify(toAnswersFile(input), null, 2)}\n`;
}

/** ASCII slug of a municipality name: "Emirdağ" → "emirdag". Scripts without a Latin
 *  transliteration (Arabic) give "", and the caller falls back to a neutral word. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[øœ]/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** partnership-mirror-<own>-<partner>-<YYYY-MM-DD>.json (issue 4), in the device's local date. */
export function answersFileName(answers: Answers, date: Date): string {
  const own = slugify(text(answers.profile_own_municipality)) || 'own';
  const partner = slugify(text(answers.profile_partner_municipality)) || 'partner';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `partnership-mirror-${own}-${partner}-${day}.json`;
}
