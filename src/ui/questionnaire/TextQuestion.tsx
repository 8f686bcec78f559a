// `short_text` / `long_text`: free text in any script (dir="auto" for Arabic), with a character
// count. No maxlength attribute: it would cut pasted text silently; the count and validation say it.
import { Textbox } from '@utrecht/textbox-react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { TextQuestion as TextDef } from '../../catalogue/types';
import { CharacterCount } from './CharacterCount';
import { inputId } from './form-values';
import { describedBy, LabelledField, useFieldError } from './QuestionParts';
import { useQuestionText } from './question-text';

export function TextQuestion({ q }: { q: TextDef }) {
  const { register, control } = useFormContext();
  const value = useWatch({ control, name: q.id }) as unknown;
  const text = useQuestionText(q);
  const error = useFieldError(q.id);
  const id = inputId(q.id);
  const countId = `${id}-count`;
  const invalid = error !== undefined;
  const common = {
    id,
    dir: 'auto',
    'aria-describedby': describedBy(q, text, error, countId),
    'aria-invalid': invalid || undefined,
    ...register(q.id),
  };
  return (
    <LabelledField q={q} text={text} error={error}>
      <div className="utrecht-form-field__input">
        {q.type === 'long_text' ? (
          <textarea
            className={`utrecht-textarea utrecht-textarea--html-textarea pm-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`}
            rows={6}
            {...common}
          />
        ) : (
          <Textbox className="pm-textbox" invalid={invalid} autoComplete="off" {...common} />
        )}
      </div>
      <CharacterCount id={countId} value={typeof value === 'string' ? value : ''} max={q.maxLength} />
    </LabelledField>
  );
}
