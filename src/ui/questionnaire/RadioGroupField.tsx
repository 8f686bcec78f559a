// Radios in a fieldset with role="radiogroup" (style.md §7): the shape shared by single,
// likert5 and yes_no_unsure questions. Arrow keys move between the options, as native radios do.
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { useFormContext } from 'react-hook-form';
import type { QuestionDef } from '../../catalogue/types';
import { optionInputId } from './form-values';
import { describedBy, QuestionDetails, RequiredMark, useFieldError } from './QuestionParts';
import { useQuestionText } from './question-text';

export interface RadioOption {
  readonly value: string;
  readonly label: string;
}

export function RadioGroupField({
  q,
  options,
  scale = false,
}: {
  q: QuestionDef;
  options: readonly RadioOption[];
  scale?: boolean;
}) {
  const { register } = useFormContext();
  const text = useQuestionText(q);
  const error = useFieldError(q.id);
  const field = register(q.id);
  return (
    <Fieldset
      role="radiogroup"
      className="pm-question"
      aria-describedby={describedBy(q, text, error)}
      invalid={error !== undefined}
      required={q.required === true}
    >
      <FieldsetLegend className="pm-question__legend">
        {text.label}
        <RequiredMark q={q} />
      </FieldsetLegend>
      <QuestionDetails q={q} text={text} error={error} />
      <div className={scale ? 'pm-options pm-options--scale' : 'pm-options'}>
        {options.map((option) => {
          const id = optionInputId(q.id, option.value);
          return (
            <div key={option.value} className="utrecht-form-field utrecht-form-field--radio pm-option">
              <div className="utrecht-form-field__input">
                <RadioButton id={id} value={option.value} invalid={error !== undefined} {...field} />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                <FormLabel htmlFor={id} type="radio">
                  {option.label}
                </FormLabel>
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
