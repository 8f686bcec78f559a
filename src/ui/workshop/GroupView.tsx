// The group view (issues 8, 12, 14): the facilitator's choices, the downloads and the projector,
// then the group report itself — buildGroupReport drawn by the same screen renderer as the personal
// report, so the page, the projector and the PDF can never say different things.
import { Checkbox } from '@utrecht/checkbox-react';
import { FormLabel } from '@utrecht/form-label-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../group/schema';
import { createTranslator, plainT } from '../../render/resolve-text';
import { ReportView } from '../../render/screen/ReportView';
import { buildGroupReport } from '../../report/group/build-group-report';
import { buildGroupSlides } from '../../report/group/build-slides';
import { useLanguage } from '../use-language';
import { DownloadGroupCsv } from './DownloadGroupCsv';
import { DownloadGroupPdf } from './DownloadGroupPdf';
import { PairChoice } from './PairChoice';
import { Projector } from './Projector';

const today = () => new Date().toISOString().slice(0, 10);

export interface GroupViewProps {
  readonly group: GroupResult;
  readonly showNames: boolean;
  readonly onShowNames: (show: boolean) => void;
  /** The other pairs the facilitator chose to include (content-model-v2 §5). */
  readonly includePairs: readonly string[];
  readonly onIncludePair: (key: string, include: boolean) => void;
}

export function GroupView({ group, showNames, onShowNames, includePairs, onIncludePair }: GroupViewProps) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const namesId = useId();
  const [date] = useState(today);
  const [projecting, setProjecting] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const tr = useMemo(
    () => createTranslator(language, (lang) => plainT(i18n.getFixedT(lang))),
    [i18n, language],
  );
  const doc = useMemo(() => buildGroupReport(group, { date, showNames }), [group, date, showNames]);
  const slides = useMemo(() => (projecting ? buildGroupSlides(group) : []), [group, projecting]);

  if (projecting)
    return (
      <Projector
        slides={slides}
        tr={tr}
        onClose={() => {
          setProjecting(false);
          // After the page is back: the button that opened the projector.
          setTimeout(() => opener.current?.focus(), 0);
        }}
      />
    );

  return (
    <section className="pm-workshop__group" aria-labelledby="pm-workshop-group">
      <h2 id="pm-workshop-group" className="utrecht-heading-2">
        {t('ui.workshop.group.title')}
      </h2>
      <PairChoice pairs={group.pairs} includePairs={includePairs} onChange={onIncludePair} />
      <div className="utrecht-form-field utrecht-form-field--checkbox pm-option">
        <div className="utrecht-form-field__input">
          <Checkbox id={namesId} checked={showNames} onChange={(e) => onShowNames(e.target.checked)} />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor={namesId} type="checkbox">
            {t('ui.workshop.group.showNames')}
          </FormLabel>
        </div>
      </div>
      <div className="pm-workshop__actions">
        <button
          ref={opener}
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => setProjecting(true)}
        >
          {t('ui.workshop.projector.open')}
        </button>
        <p className="utrecht-paragraph">{t('ui.workshop.projector.hint')}</p>
      </div>
      <DownloadGroupPdf group={group} showNames={showNames} />
      <DownloadGroupCsv group={group} tr={tr} date={date} />
      <ReportView doc={doc} tr={tr} demoted className="pm-workshop__report" />
    </section>
  );
}
