import { useTranslation } from 'react-i18next';
import type { YesNoUnsureQuestion as YesNoUnsureDef } from '../../catalogue/types';
import { yesNoUnsureLabel } from '../../i18n/keys';
import { RadioGroupField } from './RadioGroupField';

const VALUES = ['yes', 'no', 'unsure'] as const;

/** `yes_no_unsure`: three radios. */
export function YesNoUnsureQuestion({ q }: { q: YesNoUnsureDef }) {
  const { t } = useTranslation();
  const options = VALUES.map((value) => ({ value, label: t(yesNoUnsureLabel(value)) }));
  return <RadioGroupField q={q} options={options} />;
}
