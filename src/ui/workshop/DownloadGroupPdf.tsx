// "Download group report (PDF)" with its own language choice: nl, en or both.
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../group/schema';
import type { PdfLanguage } from '../../render/pdf/render-report-pdf';
import { reportDate } from '../../report/report-date';
import { PdfDownloadPanel } from '../pdf/PdfDownloadPanel';

export function DownloadGroupPdf({ group, showNames }: { group: GroupResult; showNames: boolean }) {
  const { i18n } = useTranslation();

  const build = async (language: PdfLanguage) => {
    // jsPDF, its plugins and the fonts load only now: a separate chunk.
    const pdf = await import('./download-group-pdf');
    const date = reportDate(new Date());
    const bytes = await pdf.createGroupPdf(group, language, showNames, date, i18n);
    return { fileName: pdf.groupPdfFileName(language, date), bytes };
  };

  return <PdfDownloadPanel keys="ui.workshop.download" className="pm-workshop__download" build={build} />;
}
