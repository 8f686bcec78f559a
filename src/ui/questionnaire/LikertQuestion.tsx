import { useTranslation } from 'react-i18next';
import { LIKERT_VALUES, UNSURE } from '../../catalogue/scales';
import type { Likert5Question } from '../../catalogue/types';
import { likertLabel, unsureLabel } from '../../i18n/keys';
import { RadioGroupField } from './RadioGroupField';

/** `likert5`: a labelled 1–5 scale (agreement or extent) plus "not sure", which carries no score. */
export function LikertQuestion({ q }: { q: Likert5Question }) {
  const { t } = useTranslation();
  const options = [
    ...LIKERT_VALUES.map((n) => ({ value: String(n), label: t(likertLabel(q.scale, n)) })),
    { value: UNSURE, label: t(unsureLabel()) },
  ];
  return <RadioGroupField q={q} options={options} scale />;
}
