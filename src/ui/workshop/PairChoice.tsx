// Which partnership the group is about (content-model-v2 §5): the pair most files name, and every
// other pair (or "not stated") listed apart, each with a choice to include it. A box shows the
// facilitator's choice at once; the group it changes follows from the worker (about 0.3 s with
// 1,000 files), and a box that waited for that felt as if the click had been lost.
import { Checkbox } from '@utrecht/checkbox-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormLabel } from '@utrecht/form-label-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupPair } from '../../group/schema';

function PairOption({
  pair,
  included,
  onChange,
}: {
  pair: GroupPair;
  included: boolean;
  onChange: (key: string, include: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label =
    pair.own === null || pair.partner === null
      ? t('ui.workshop.pairs.includeNotStated', { count: pair.files })
      : t('ui.workshop.pairs.include', { count: pair.files, own: pair.own, partner: pair.partner });
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox pm-option">
      <div className="utrecht-form-field__input">
        <Checkbox id={id} checked={included} onChange={(e) => onChange(pair.key, e.target.checked)} />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox" dir="auto">
          {label}
        </FormLabel>
      </div>
    </div>
  );
}

export function PairChoice({
  pairs,
  includePairs,
  onChange,
}: {
  pairs: readonly GroupPair[];
  /** The pairs the facilitator chose to include. */
  includePairs: readonly string[];
  onChange: (key: string, include: boolean) => void;
}) {
  const { t } = useTranslation();
  const chosen = pairs.find((p) => p.chosen);
  const others = pairs.filter((p) => !p.chosen);
  if (others.length === 0) return null;
  return (
    <Fieldset className="pm-workshop__pairs">
      <FieldsetLegend>{t('ui.workshop.pairs.legend')}</FieldsetLegend>
      {chosen !== undefined && chosen.own !== null && chosen.partner !== null && (
        <p className="utrecht-paragraph" dir="auto">
          {t('ui.workshop.pairs.chosen', { own: chosen.own, partner: chosen.partner, count: chosen.files })}
        </p>
      )}
      <p className="utrecht-paragraph">{t('ui.workshop.pairs.intro')}</p>
      {others.map((p) => (
        <PairOption key={p.key} pair={p} included={includePairs.includes(p.key)} onChange={onChange} />
      ))}
    </Fieldset>
  );
}
