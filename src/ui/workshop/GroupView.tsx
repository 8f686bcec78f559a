// The group view for a projector (issue 8, item 3): the six conditions as one chart comparing the
// two sides (and the spread), the statements participants disagree on most and what they wrote,
// then the recommendations. Per-participant rows and labels only when "show names" is ticked (item 5).
import { Checkbox } from '@utrecht/checkbox-react';
import { FormLabel } from '@utrecht/form-label-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../group/schema';
import { networkModelName } from '../../i18n/keys';
import { createTranslator, plainT } from '../../render/resolve-text';
import { ChartFigure } from '../../render/screen/ChartFigure';
import { DataTable } from '../../render/screen/DataTable';
import type { Block } from '../../report/blocks';
import { discussionBlocks } from '../../report/group/build-discussion';
import { sideChart } from '../../report/group/build-group-report';
import { networkModelBlocks, participantsBlocks } from '../../report/group/build-group-sections';
import { useLanguage } from '../use-language';
import { DownloadGroupPdf } from './DownloadGroupPdf';
import { GroupRecommendations } from './GroupRecommendations';
import { GroupTexts } from './GroupTexts';

type TableBlock = Extract<Block, { kind: 'table' }>;
const tableOf = (blocks: readonly Block[]) => blocks.find((b): b is TableBlock => b.kind === 'table');

export function GroupView({ group }: { group: GroupResult }) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const [showNames, setShowNames] = useState(false);
  const namesId = useId();
  const tr = useMemo(
    () => createTranslator(language, (lang) => plainT(i18n.getFixedT(lang))),
    [i18n, language],
  );
  const discussion = tableOf(discussionBlocks(group));
  const members = showNames ? tableOf(participantsBlocks(group)) : undefined;
  // The model of every participant, counted per side: the same table as in the group PDF.
  const models = tableOf(networkModelBlocks(group));
  const model = group.networkModel.id;
  const groupTable = (table: TableBlock) => (
    <DataTable
      caption={tr.text(table.caption)}
      className="pm-workshop__table"
      head={table.head}
      rows={table.rows}
      rowHeaders
      tr={tr}
    />
  );

  return (
    <section className="pm-workshop__group" aria-labelledby="pm-workshop-group">
      <h2 id="pm-workshop-group" className="utrecht-heading-2">
        {t('ui.workshop.group.title')}
      </h2>
      <p className="utrecht-paragraph">
        {t('group.report.cover.participants', {
          count: group.participants,
          destination: group.sides.destination,
          source: group.sides.source,
          none: group.sides.none,
        })}
      </p>
      <div className="utrecht-form-field utrecht-form-field--checkbox pm-option">
        <div className="utrecht-form-field__input">
          <Checkbox id={namesId} checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor={namesId} type="checkbox">
            {t('ui.workshop.group.showNames')}
          </FormLabel>
        </div>
      </div>

      <h3 className="utrecht-heading-3">{t('group.report.dimensions.title')}</h3>
      <p className="utrecht-paragraph">{t('group.report.dimensions.intro')}</p>
      <ChartFigure block={sideChart(group)} tr={tr} />

      <h3 className="utrecht-heading-3">{t('group.report.discussion.title')}</h3>
      <p className="utrecht-paragraph">{t('group.report.discussion.intro')}</p>
      {discussion === undefined ? (
        <p className="utrecht-paragraph">{t('group.report.discussion.none')}</p>
      ) : (
        groupTable(discussion)
      )}

      <GroupTexts group={group} showNames={showNames} tr={tr} />

      <h3 className="utrecht-heading-3">{t('group.report.networkModel.title')}</h3>
      <p className="utrecht-paragraph">
        {model === null
          ? t('group.report.summary.modelNone')
          : t('ui.workshop.group.model', { model: t(networkModelName(model)) })}
      </p>
      {models !== undefined && groupTable(models)}

      <h3 className="utrecht-heading-3">{t('group.report.recommendations.title')}</h3>
      <p className="utrecht-paragraph">{t('group.report.recommendations.intro')}</p>
      <GroupRecommendations recommendations={group.recommendations} />

      {members !== undefined && (
        <>
          <h3 className="utrecht-heading-3">{t('group.report.participants.title')}</h3>
          {groupTable(members)}
        </>
      )}
      <DownloadGroupPdf group={group} showNames={showNames} />
    </section>
  );
}
