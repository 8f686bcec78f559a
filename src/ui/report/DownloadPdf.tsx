// The advice report's "Download PDF" panel, with the accessible route beside it: the browser's
// print of the screen report (its print stylesheet), which Chromium and Edge save as a tagged PDF
// with headings, lists, tables and the page's language; jsPDF cannot tag (issue 18, item 5).
import { Button } from '@utrecht/button-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfLanguage } from '../../render/pdf/render-report-pdf';
import type { FollowUp } from '../../report/with-follow-up';
import { useAnswers } from '../answers-store';
import { PdfDownloadPanel } from '../pdf/PdfDownloadPanel';

/** followUp: the comparison and the plan (issue 15), as the page shows them. */
export function DownloadPdf({ date, followUp }: { date: string; followUp?: FollowUp }) {
  const { t, i18n } = useTranslation();
  const { answers, respondentLabel, madeWithCatalogue } = useAnswers();
  const hintId = useId();

  const build = async (language: PdfLanguage) => {
    // The PDF code (jsPDF, plugins, fonts) loads only now: a separate chunk.
    const pdf = await import('./download-report-pdf');
    const bytes = await pdf.createReportPdf({
      answers,
      respondentLabel,
      madeWithCatalogue,
      date,
      language,
      i18n,
      followUp,
    });
    return { fileName: pdf.pdfFileName(language, date), bytes };
  };

  return (
    <PdfDownloadPanel keys="ui.report.download" className="pm-report__download pm-no-print" build={build}>
      <Button appearance="secondary-action-button" onClick={() => window.print()} aria-describedby={hintId}>
        {t('ui.report.print')}
      </Button>
      <span className="pm-report__print-hint" id={hintId}>
        {t('ui.report.printHint')}
      </span>
    </PdfDownloadPanel>
  );
}
