// A live character count, as GOV.UK's: the visible count is read with the field
// (aria-describedby); a separate polite status repeats it only after typing pauses, so a screen
// reader is not interrupted on every keystroke.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseText } from '../../answers/value-schema';

export const ANNOUNCE_DELAY_MS = 800;

export function CharacterCount({ id, value, max }: { id: string; value: string; max: number }) {
  const { t } = useTranslation();
  // Counted as the value schema counts: trimmed and NFC-normalised.
  const remaining = max - normaliseText(value).length;
  const text =
    remaining >= 0
      ? t('ui.questionnaire.question.charsLeft', { count: remaining })
      : t('ui.questionnaire.question.charsOver', { count: -remaining });

  const [announced, setAnnounced] = useState('');
  const initial = useRef(value);
  useEffect(() => {
    // Nothing to announce until the user types: a page full of counts should stay quiet on load.
    if (value === initial.current) return;
    const timer = setTimeout(() => setAnnounced(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, text]);

  return (
    <>
      <p
        id={id}
        className={`utrecht-form-field-description pm-char-count${remaining < 0 ? ' pm-char-count--over' : ''}`}
      >
        {text}
      </p>
      <p role="status" className="pm-visually-hidden">
        {announced}
      </p>
    </>
  );
}
