import type { QuestionDef } from '../../catalogue/types';
import { LikertQuestion } from './LikertQuestion';
import { MultiQuestion } from './MultiQuestion';
import { NumberQuestion } from './NumberQuestion';
import { SingleQuestion } from './SingleQuestion';
import { TextQuestion } from './TextQuestion';
import { YesNoUnsureQuestion } from './YesNoUnsureQuestion';

/** One component per question type; the catalogue decides which (no question in JSX). */
export function QuestionField({ q }: { q: QuestionDef }) {
  switch (q.type) {
    case 'single':
      return <SingleQuestion q={q} />;
    case 'multi':
      return <MultiQuestion q={q} />;
    case 'likert5':
      return <LikertQuestion q={q} />;
    case 'yes_no_unsure':
      return <YesNoUnsureQuestion q={q} />;
    case 'number':
      return <NumberQuestion q={q} />;
    case 'short_text':
    case 'long_text':
      return <TextQuestion q={q} />;
  }
}
