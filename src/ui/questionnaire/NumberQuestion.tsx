// `number`: a text box with inputmode="numeric" rather than type="number" (which changes value on
// scroll and hides what was typed when it is not a number); the unit follows the box, the bounds
// are a hint. Whole numbers only in the form (see formSchema in form-values.ts).
import { Textbox } from '@utrecht/textbox-react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NumberQuestion as NumberDef } from '../../catalogue/types';
import { unitLabel } from '../../i18n/keys';
import { inputId } from './form-values';
import { describedBy, LabelledField, useFieldError } from './QuestionParts';
import { useQuestionText } from './question-text';

export function NumberQuestion({ q }: { q: NumberDef }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const text = useQuestionText(q);
  const error = useFieldError(q.id);
  const id = inputId(q.id);
  const boundsId = `${id}-bounds`;
  const unitId = `${id}-unit`;
  return (
    <LabelledField q={q} text={text} error={error}>
      <p id={boundsId} className="utrecht-form-field-description pm-hint">
        {t('ui.questionnaire.question.numberBounds', { min: q.min, max: q.max })}
      </p>
      <div className="utrecht-form-field__input pm-number">
        <Textbox
          id={id}
          className="pm-number__input"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          invalid={error !== undefined}
          aria-describedby={describedBy(q, text, error, boundsId, unitId)}
          {...register(q.id)}
        />
        <span id={unitId} className="pm-number__unit">
          {t(unitLabel(q.unit))}
        </span>
      </div>
    </LabelledField>
  );
}
