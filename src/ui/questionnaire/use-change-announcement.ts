// Questions appear and disappear as answers change (content-model §4). Sighted users see it; a
// screen reader hears it through a polite live region: "1 question added: …".
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDef } from '../../catalogue/types';

export function useChangeAnnouncement(
  shown: readonly QuestionDef[],
  labelOf: (q: QuestionDef) => string,
): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const previous = useRef(shown);
  const key = shown.map((q) => q.id).join(' ');

  useEffect(() => {
    const before = new Set(previous.current.map((q) => q.id));
    const now = new Set(shown.map((q) => q.id));
    const added = shown.filter((q) => !before.has(q.id));
    const removed = previous.current.filter((q) => !now.has(q.id));
    previous.current = shown;
    const parts: string[] = [];
    if (added.length > 0) {
      parts.push(
        t('ui.questionnaire.announce.added', {
          count: added.length,
          questions: added.map(labelOf).join('; '),
        }),
      );
    }
    if (removed.length > 0) {
      parts.push(
        t('ui.questionnaire.announce.removed', {
          count: removed.length,
          questions: removed.map(labelOf).join('; '),
        }),
      );
    }
    if (parts.length > 0) setMessage(parts.join(' '));
    // Runs when the set of shown questions changes, not when a label's language does.
  }, [key]);

  return message;
}
