// Bench-only page (npm run bench): runs the app's pure code in Chromium and exposes timings on
// window, so production code carries no bench hooks.
import { parseAnswersFile } from '../../../src/answers/parse';
import { aggregateGroup } from '../../../src/group/aggregate';
import { addFiles, EMPTY_INTAKE, participantOf, type FileInput } from '../../../src/group/intake';
import { createBrowserI18n } from '../../../src/i18n/load-language';
import { answerFileText, generateAnswerFiles } from '../../../test/fixtures/generate-answers';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Parse, validate, assess and aggregate n answer files (as text, as a file picker gives them). */
function benchWorkshop(n: number, runs: number): { medianMs: number; participants: number } {
  const inputs: FileInput[] = generateAnswerFiles(n, 42).map((file, i) => ({
    name: `participant-${i}.json`,
    content: answerFileText(file),
  }));
  let participants = 0;
  const once = () => {
    const start = performance.now();
    const intake = addFiles(EMPTY_INTAKE, inputs);
    aggregateGroup(intake.good.map(participantOf));
    participants = intake.good.length;
    return performance.now() - start;
  };
  once(); // warm-up: the first run also compiles the code
  const times = Array.from({ length: runs }, once);
  return { medianMs: median(times), participants };
}

// The page's language is loaded before any PDF is asked for, as in the app.
const i18nReady = createBrowserI18n('nl');

/** One PDF through the app's own download code (src/ui/report/download-report-pdf.ts), timed from
 *  the request to the bytes; the first call in a page also loads the PDF code, the other
 *  language's texts and the fonts. */
async function benchPdf(
  answersFile: string,
  language: 'nl' | 'en' | 'both',
): Promise<{ ms: number; bytes: number }> {
  const parsed = parseAnswersFile(answersFile);
  if (!parsed.ok) throw new Error('bench fixture does not parse');
  const i18n = await i18nReady;
  const start = performance.now();
  const { createReportPdf } = await import('../../../src/ui/report/download-report-pdf');
  const pdf = await createReportPdf({
    answers: parsed.file.answers,
    respondentLabel: parsed.file.respondent?.label ?? '',
    date: '2026-11-24',
    language,
    i18n,
  });
  return { ms: performance.now() - start, bytes: pdf.byteLength };
}

declare global {
  interface Window {
    benchWorkshop: typeof benchWorkshop;
    benchPdf: typeof benchPdf;
  }
}
window.benchWorkshop = benchWorkshop;
window.benchPdf = benchPdf;
