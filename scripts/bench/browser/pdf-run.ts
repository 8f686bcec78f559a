// Loaded on demand by the bench page, as the app loads its PDF code on demand: the first call
// pays for this chunk, jsPDF and the fonts (cold), later calls only build and render (warm).
// It follows the app's path: parse → assess → buildReport → renderReportPdf.
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import arabicUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import { parseAnswersFile } from '../../../src/answers/parse';
import { assess } from '../../../src/assessment/assess';
import { fixedT } from '../../../src/i18n/setup';
import type { ReportFonts } from '../../../src/render/pdf/fonts';
import { renderReportPdf, type PdfLanguage } from '../../../src/render/pdf/render-report-pdf';
import { plainT } from '../../../src/render/resolve-text';
import { buildReport } from '../../../src/report/build-report';

let fonts: Promise<ReportFonts> | undefined;

const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

function loadFonts(): Promise<ReportFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl), fetchBytes(arabicUrl)]).then(
    ([regular, bold, arabic]) => ({ regular, bold, arabic }),
  );
  return fonts;
}

export async function buildPdf(answersFile: string, language: PdfLanguage): Promise<Uint8Array> {
  const parsed = parseAnswersFile(answersFile);
  if (!parsed.ok) throw new Error('bench fixture does not parse');
  const { answers, respondent } = parsed.file;
  const report = buildReport(assess(answers), answers, { respondentLabel: respondent?.label, date: '2026-11-24' });
  return renderReportPdf(report, {
    language,
    fonts: await loadFonts(),
    tFor: (lang) => plainT(fixedT(lang)),
    document,
  });
}
