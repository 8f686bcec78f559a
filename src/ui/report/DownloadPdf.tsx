// "Download PDF" with its own language choice (nl / en / both), independent of the page language.
import { Button } from '@utrecht/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfLanguage } from '../../render/pdf/render-report-pdf';
import { useAnswers } from '../answers-store';
import { useLanguage } from '../use-language';

const CHOICES: readonly PdfLanguage[] = ['nl', 'en', 'both'];
type Status = 'idle' | 'busy' | 'done' | 'failed';

export function DownloadPdf({ date }: { date: string }) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const { answers, respondentLabel } = useAnswers();
  const [choice, setChoice] = useState<PdfLanguage>(language);
  const [status, setStatus] = useState<Status>('idle');
  const name = useId();

  const download = async () => {
    setStatus('busy');
    try {
      // The PDF code (jsPDF, plugins, fonts) loads only now: a separate chunk.
      const pdf = await import('./download-report-pdf');
      const bytes = await pdf.createReportPdf({ answers, respondentLabel, date, language: choice, i18n });
      pdf.saveBytes(pdf.pdfFileName(choice, date), bytes);
      setStatus('done');
    } catch (error) {
      console.error(error);
      setStatus('failed');
    }
  };

  return (
    <section className="pm-report__download pm-no-print" aria-labelledby={`${name}-title`}>
      <h2 className="utrecht-heading-2" id={`${name}-title`}>
        {t('ui.report.download.title')}
      </h2>
      <Fieldset role="radiogroup">
        <FieldsetLegend>{t('ui.report.download.legend')}</FieldsetLegend>
        {CHOICES.map((value) => (
          <div key={value} className="utrecht-form-field utrecht-form-field--radio pm-option">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={`${name}-${value}`}
                name={name}
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={`${name}-${value}`} type="radio">
                {t(`ui.report.download.${value}`)}
              </FormLabel>
            </div>
          </div>
        ))}
      </Fieldset>
      <p className="utrecht-button-group">
        <Button appearance="primary-action-button" onClick={() => void download()} disabled={status === 'busy'}>
          {t('ui.report.download.button')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('ui.report.print')}
        </Button>
      </p>
      <p className="utrecht-paragraph" role="status">
        {status === 'idle' ? '' : t(`ui.report.download.${status}`)}
      </p>
    </section>
  );
}
