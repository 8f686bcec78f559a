// `multi`: checkboxes in a fieldset. Where the catalogue marks "none ok", an exclusive
// "none of these" box follows the options (GOV.UK's "or" pattern); it is stored as [] (contract §1).
import { Checkbox } from '@utrecht/checkbox-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormLabel } from '@utrecht/form-label-react';
import type { ChangeEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MultiQuestion as MultiDef } from '../../catalogue/types';
import { noneOfTheseLabel } from '../../i18n/keys';
import { NONE_OF_THESE, optionInputId } from './form-values';
import { describedBy, QuestionDetails, RequiredMark, useFieldError } from './QuestionParts';
import { optionText, useQuestionText, useSide } from './question-text';

function Box({
  id,
  label,
  invalid,
  field,
}: {
  id: string;
  label: string;
  invalid: boolean;
  field: object & { value?: string };
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox pm-option">
      <div className="utrecht-form-field__input">
        <Checkbox id={id} invalid={invalid} {...field} />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
    </div>
  );
}

export function MultiQuestion({ q }: { q: MultiDef }) {
  const { t } = useTranslation();
  const { register, getValues, setValue } = useFormContext();
  const side = useSide();
  const text = useQuestionText(q);
  const error = useFieldError(q.id);

  // "None of these" excludes every option and the other way round. react-hook-form has already
  // stored the click when this runs; setValue then updates the other boxes and notifies watchers.
  const exclusive = (event: ChangeEvent<HTMLInputElement>) => {
    const { value, checked } = event.target;
    if (!checked) return;
    const current = getValues(q.id) as unknown;
    const list = Array.isArray(current) ? (current as string[]) : [];
    if (value === NONE_OF_THESE) setValue(q.id, [NONE_OF_THESE]);
    else if (list.includes(NONE_OF_THESE))
      setValue(
        q.id,
        list.filter((v) => v !== NONE_OF_THESE),
      );
  };
  const field = register(q.id, { onChange: exclusive });
  const invalid = error !== undefined;

  return (
    <Fieldset className="pm-question" aria-describedby={describedBy(q, text, error)} invalid={invalid}>
      <FieldsetLegend className="pm-question__legend">
        {text.label}
        <RequiredMark q={q} />
      </FieldsetLegend>
      <QuestionDetails q={q} text={text} error={error} />
      <div className="pm-options">
        {q.options.map((option) => (
          <Box
            key={option}
            id={optionInputId(q.id, option)}
            label={optionText(t, q, option, side)}
            invalid={invalid}
            field={{ ...field, value: option }}
          />
        ))}
        {q.noneOk === true && (
          <>
            <p className="pm-or" aria-hidden="true">
              {t('ui.questionnaire.question.or')}
            </p>
            <Box
              id={optionInputId(q.id, NONE_OF_THESE)}
              label={t(noneOfTheseLabel(q.id))}
              invalid={invalid}
              field={{ ...field, value: NONE_OF_THESE }}
            />
          </>
        )}
      </div>
    </Fieldset>
  );
}
