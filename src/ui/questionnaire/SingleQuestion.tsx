import { useTranslation } from 'react-i18next';
import type { SingleQuestion as SingleDef } from '../../catalogue/types';
import { optionText, useSide } from './question-text';
import { RadioGroupField } from './RadioGroupField';

/** `single`: one of the catalogue's options; option labels follow the side wording. */
export function SingleQuestion({ q }: { q: SingleDef }) {
  const { t } = useTranslation();
  const side = useSide();
  const options = q.options.map((value) => ({ value, label: optionText(t, q, value, side) }));
  return <RadioGroupField q={q} options={options} />;
}
