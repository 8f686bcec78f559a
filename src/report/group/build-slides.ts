// The projector's slides (issue 14, item 4): the group report's content, one topic per screen —
// every dimension, the sides compared, the biggest differences, each recommendation. Each slide is
// a ReportDocument of its own, so the projector uses the same screen renderer as the page.
import type { GroupDimension, GroupResult } from '../../group/schema';
import { dimensionName } from '../../i18n/keys';
import { text, type Block, type ReportDocument, type Text } from '../blocks';
import { documentFrame } from '../document-frame';
import { documentTitle } from './build-cover';
import { discussionBlocks } from './build-discussion';
import { recommendationsBlocks } from './build-group-sections';
import { networkModelText, sideChart } from './build-group-report';
import { aimsBlocks } from './build-sides';
import { flagsText } from './group-cells';

const value = (n: number | null): number | Text => (n === null ? text('group.report.dimensions.noScore') : n);

function dimensionSlide(g: GroupResult, d: GroupDimension): Block[] {
  return [
    { kind: 'section', id: `slide-${d.id}`, title: text(dimensionName(d.id)) },
    sideChart(g, [d]),
    {
      kind: 'list',
      items: [
        text('group.slides.group', { value: value(d.score) }),
        text('group.slides.destination', { value: value(d.bySide.destination.score) }),
        text('group.slides.source', { value: value(d.bySide.source.score) }),
        d.min === null || d.max === null
          ? text('group.slides.rangeNone')
          : text('group.slides.range', { min: d.min, max: d.max }),
        // Only a flag that is raised; a dash would say nothing on the wall.
        ...(d.disagree || d.gapFlag ? [flagsText(d)] : []),
      ],
    },
  ];
}

/** Recommendation blocks after the intro, one slide each. */
function recommendationSlides(g: GroupResult): Block[][] {
  return recommendationsBlocks(g).flatMap((b): Block[][] =>
    b.kind === 'recommendation'
      ? [[{ kind: 'section', id: `slide-${b.id}`, title: text('group.report.recommendations.title') }, b]]
      : [],
  );
}

export function buildGroupSlides(g: GroupResult): ReportDocument[] {
  const title = documentTitle(g);
  const slides: Block[][] = [
    [
      { kind: 'section', id: 'slide-overview', title: text('group.report.dimensions.title') },
      { kind: 'paragraph', text: networkModelText(g) },
      sideChart(g),
    ],
    ...g.dimensions.map((d) => dimensionSlide(g, d)),
    [
      { kind: 'section', id: 'slide-sides', title: text('group.report.sidesCompared.title') },
      ...aimsBlocks(g),
    ],
    discussionBlocks(g),
    ...recommendationSlides(g),
  ];
  const frame = documentFrame(text('group.report.cover.title'));
  return slides.map((blocks) => ({ kind: 'group', title, blocks, frame }));
}
