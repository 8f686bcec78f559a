// A PDF download with its own language choice (nl / en / both), independent of the page language.
// The advice report and the workshop's group report differ only in what they build and their texts.
import { Button } from '@utrecht/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_LANGUAGES } from '../../catalogue/languages';
import { downloadBytes } from '../../io/download';
import type { PdfLanguage } from '../../render/pdf/render-report-pdf';
import { useLanguage } from '../use-language';
import type { MessageKey } from '../../i18n/message-key';

type Status = 'idle' | 'busy' | 'done' | 'failed';

export interface PdfFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface PdfDownloadPanelProps {
  /** Where the texts live: `<keys>.title`, `.legend`, `.nl`, `.en`, `.both`, `.button`, `.busy`, `.done`, `.failed`. */
  readonly keys: 'ui.report.download' | 'ui.workshop.download';
  readonly className: string;
  /** Makes the PDF in the chosen language. Import the PDF code (jsPDF, fonts) inside it, so it
   *  stays a separate chunk that loads only on the first download. */
  readonly build: (language: PdfLanguage) => Promise<PdfFile>;
  /** Further buttons, after the download button. */
  readonly children?: ReactNode;
}

export function PdfDownloadPanel({ keys, className, build, children }: PdfDownloadPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [choice, setChoice] = useState<PdfLanguage>(language);
  const [status, setStatus] = useState<Status>('idle');
  const name = useId();

  const download = async () => {
    setStatus('busy');
    try {
      const { fileName, bytes } = await build(choice);
      downloadBytes(fileName, bytes);
      setStatus('done');
    } catch (error) {
      console.error(error);
      setStatus('failed');
    }
  };

  return (
    <section className={className} aria-labelledby={`${name}-title`}>
      <h2 className="utrecht-heading-2" id={`${name}-title`}>
        {t(`${keys}.title` satisfies MessageKey)}
      </h2>
      <Fieldset role="radiogroup">
        <FieldsetLegend>{t(`${keys}.legend` satisfies MessageKey)}</FieldsetLegend>
        {REPORT_LANGUAGES.map((value) => (
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
                {t(`${keys}.${value}` satisfies MessageKey)}
              </FormLabel>
            </div>
          </div>
        ))}
      </Fieldset>
      <p className="utrecht-button-group">
        <Button
          appearance="primary-action-button"
          onClick={() => void download()}
          disabled={status === 'busy'}
        >
          {t(`${keys}.button` satisfies MessageKey)}
        </Button>
        {children}
      </p>
      <p className="utrecht-paragraph" role="status">
        {status === 'idle' ? '' : t(`${keys}.${status}` satisfies MessageKey)}
      </p>
    </section>
  );
}
