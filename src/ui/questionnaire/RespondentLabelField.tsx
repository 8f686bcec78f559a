// "Your name or group" on the profile page (issue 14, item 1): optional free text stored as the
// answers file's respondent.label (contract §1, ≤ 200 characters). It is not a question of the
// catalogue: it never feeds a score, and the workshop shows it only when the facilitator chooses to.
import { FormLabel } from '@utrecht/form-label-react';
import { Textbox } from '@utrecht/textbox-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswers } from '../answers-store';

/** contract §1: respondent.label is at most 200 characters. */
const MAX_LABEL = 200;

export function RespondentLabelField() {
  const { t } = useTranslation();
  const { respondentLabel, setRespondentLabel } = useAnswers();
  const id = useId();
  const hint = `${id}-hint`;
  return (
    <div className="utrecht-form-field utrecht-form-field--text pm-question">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{t('ui.respondent.label')}</FormLabel>
      </div>
      <p id={hint} className="utrecht-form-field-description pm-hint">
        {t('ui.respondent.hint')}
      </p>
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          className="pm-textbox"
          dir="auto"
          autoComplete="off"
          // The contract's limit is the store's limit too; the hint says it is optional.
          maxLength={MAX_LABEL}
          aria-describedby={hint}
          value={respondentLabel}
          onChange={(e) => setRespondentLabel(e.target.value)}
        />
      </div>
    </div>
  );
}
