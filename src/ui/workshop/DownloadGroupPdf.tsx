// "Download group report (PDF)" with its own language choice: nl, en or both.
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../group/schema';
import type { PdfLanguage } from '../../render/pdf/render-report-pdf';
import { useLanguage } from '../use-language';

const CHOICES: readonly PdfLanguage[] = ['nl', 'en', 'both'];
type Status = 'idle' | 'busy' | 'done' | 'failed';

export function DownloadGroupPdf({ group, showNames }: { group: GroupResult; showNames: boolean }) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const [choice, setChoice] = useState<PdfLanguage>(language);
  const [status, setStatus] = useState<Status>('idle');
  const name = useId();

  const download = async () => {
    setStatus('busy');
    try {
      // jsPDF, its plugins and the fonts load only now: a separate chunk.
      const { downloadGroupPdf } = await import('./download-group-pdf');
      await downloadGroupPdf(group, choice, showNames, new Date().toISOString().slice(0, 10), i18n);
      setStatus('done');
    } catch (error) {
      console.error(error);
      setStatus('failed');
    }
  };

  return (
    <section className="pm-workshop__download" aria-labelledby={`${name}-title`}>
      <h2 className="utrecht-heading-2" id={`${name}-title`}>
        {t('ui.workshop.download.title')}
      </h2>
      <Fieldset role="radiogroup">
        <FieldsetLegend>{t('ui.workshop.download.legend')}</FieldsetLegend>
        {CHOICES.map((value) => (
          <div key={value} className="utrecht-form-field utrecht-form-field--radio pm-option">
            <div className="utrecht-form-field__input">
              <RadioButton id={`${name}-${value}`} name={name} value={value} checked={choice === value} onChange={() => setChoice(value)} />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={`${name}-${value}`} type="radio">
                {t(`ui.workshop.download.${value}`)}
              </FormLabel>
            </div>
          </div>
        ))}
      </Fieldset>
      <p>
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => void download()}
          disabled={status === 'busy'}
        >
          {t('ui.workshop.download.button')}
        </button>
      </p>
      <p className="utrecht-paragraph" role="status">
        {status === 'idle' ? '' : t(`ui.workshop.download.${status}`)}
      </p>
    </section>
  );
}
