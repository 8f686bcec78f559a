// The group report PDF in the browser: the same builder and renderer as the CLI. Fonts and the
// PDF code are fetched only now, from the app's own origin (via the advice report's loader).
import type { i18n } from 'i18next';
import { languagesOf } from '../../catalogue/languages';
import type { GroupResult } from '../../group/schema';
import { ensureLanguageLoaded } from '../../i18n/load-language';
import { renderReportPdf, type PdfLanguage } from '../../render/pdf/render-report-pdf';
import { plainT } from '../../render/resolve-text';
import { buildGroupReport } from '../../report/group/build-group-report';
import { loadReportFonts } from '../report/download-report-pdf';

export async function createGroupPdf(
  group: GroupResult,
  language: PdfLanguage,
  showNames: boolean,
  date: string,
  i18n: i18n,
) {
  await Promise.all(languagesOf(language).map((lang) => ensureLanguageLoaded(i18n, lang)));
  const report = buildGroupReport(group, { date, showNames });
  return renderReportPdf(report, {
    language,
    fonts: await loadReportFonts(),
    tFor: (lang) => plainT(i18n.getFixedT(lang)),
  });
}

export function groupPdfFileName(language: PdfLanguage, date: string): string {
  return `partnership-mirror-group-${language}-${date}.pdf`;
}
