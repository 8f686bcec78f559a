import { useTranslation } from 'react-i18next';
import type { YesNoUnsureQuestion as YesNoUnsureDef } from '../../catalogue/types';
import { YES_NO_UNSURE_VALUES } from '../../catalogue/scales';
import { yesNoUnsureLabel } from '../../i18n/keys';
import { RadioGroupField } from './RadioGroupField';

/** `yes_no_unsure`: three radios. */
export function YesNoUnsureQuestion({ q }: { q: YesNoUnsureDef }) {
  const { t } = useTranslation();
  const options = YES_NO_UNSURE_VALUES.map((value) => ({ value, label: t(yesNoUnsureLabel(value)) }));
  return <RadioGroupField q={q} options={options} />;
}
