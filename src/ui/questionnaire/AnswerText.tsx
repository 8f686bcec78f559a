// An answer as the user reads it, from answerParts (the same quoting as the report). The user's
// own text is rendered as text, never as markup.
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../catalogue/answers';
import type { QuestionId } from '../../catalogue/catalogue';
import type { Side } from '../../catalogue/ids';
import { answerParts, type AnswerPart } from '../../i18n/answer-text';
import { formatNumber } from '../../i18n/format-number';

function usePartText(): (part: AnswerPart) => string {
  const { t, i18n } = useTranslation();
  return (part) => {
    switch (part.kind) {
      case 'key':
        return t(part.key, part.context === undefined ? {} : { context: part.context });
      case 'literal':
        return part.text;
      case 'number':
        return `${formatNumber(part.value, i18n.language)} ${t(part.unitKey)}`;
    }
  };
}

export function AnswerText({
  id,
  value,
  side,
}: {
  id: QuestionId;
  value: AnswerValue;
  side: Side | undefined;
}) {
  const text = usePartText();
  const parts = answerParts(id, value, side);
  if (parts.length === 1 && parts[0] !== undefined) {
    return (
      <span dir={parts[0].kind === 'literal' ? 'auto' : undefined} className="pm-answer-text">
        {text(parts[0])}
      </span>
    );
  }
  return (
    <ul className="utrecht-unordered-list pm-answer-list">
      {parts.map((part, i) => (
        <li key={i} className="utrecht-unordered-list__item">
          {text(part)}
        </li>
      ))}
    </ul>
  );
}
