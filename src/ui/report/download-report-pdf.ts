// The browser's PDF download: fonts and the PDF code are fetched only now, from the app's own
// origin (Vite `?url` assets), never at start-up and never from elsewhere. Exported for the bench.
import type { i18n } from 'i18next';
import type { Answers } from '../../catalogue/answers';
import { LANGUAGES } from '../../catalogue/languages';
import { assess } from '../../assessment/assess';
import { ensureLanguageLoaded } from '../../i18n/load-language';
import type { ReportFonts } from '../../render/pdf/fonts';
import { renderReportPdf, type PdfLanguage } from '../../render/pdf/render-report-pdf';
import { plainT } from '../../render/resolve-text';
import { buildReport } from '../../report/build-report';
import { withFollowUp, type FollowUp } from '../../report/with-follow-up';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import arabicUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';

let fonts: Promise<ReportFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font not loaded: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The three font files, fetched once per page load. */
export function loadReportFonts(): Promise<ReportFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl), fetchBytes(arabicUrl)]).then(
    ([regular, bold, arabic]) => ({ regular, bold, arabic }),
  );
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

export interface ReportPdfInput {
  readonly answers: Answers;
  readonly respondentLabel: string;
  /** The older catalogue the answers were made with, if any (content-model-v2 §1). */
  readonly madeWithCatalogue?: string;
  /** ISO date (YYYY-MM-DD) printed on the cover. */
  readonly date: string;
  readonly language: PdfLanguage;
  /** The app's i18next instance; the other language's texts are loaded when needed. */
  readonly i18n: i18n;
  /** The comparison and the action plan (issue 15). */
  readonly followUp?: FollowUp;
}

export async function createReportPdf(input: ReportPdfInput): Promise<Uint8Array> {
  // The glossary shows every language's terms side by side, whatever the report's language, so
  // all are loaded (which covers the report's own language too).
  await Promise.all(LANGUAGES.map((lang) => ensureLanguageLoaded(input.i18n, lang)));
  const report = withFollowUp(
    buildReport(assess(input.answers), input.answers, {
      respondentLabel: input.respondentLabel,
      date: input.date,
      madeWithCatalogue: input.madeWithCatalogue,
    }),
    input.followUp ?? {},
  );
  return renderReportPdf(report, {
    language: input.language,
    fonts: await loadReportFonts(),
    tFor: (lang) => plainT(input.i18n.getFixedT(lang)),
  });
}

export function pdfFileName(language: PdfLanguage, date: string): string {
  return `partnership-mirror-report-${language}-${date}.pdf`;
}
