// Appendix (issue 7, item 7): every applicable answer by section, the method, and the glossary
// with its Dutch and English terms side by side.
import type { Answers } from '../catalogue/answers';
import { questionsOf, SECTIONS } from '../catalogue/catalogue';
import { resolveApplicability } from '../catalogue/conditions';
import { glossaryTerm, sectionTitle, type MessageKey } from '../i18n/keys';
import { text, type Block } from './blocks';
import { GLOSSARY_IDS } from './glossary-ids';
import { quoteAnswers } from './quote';

/** method.json, in reading order. */
const METHOD_PARTS = [
  'method.intro',
  'method.dimensions',
  'method.scoring',
  'method.coverage',
  'method.networkModel',
  'method.recommendations',
  'method.sources',
  'method.ownChoices',
] as const satisfies readonly MessageKey[];

function answerBlocks(answers: Answers): Block[] {
  const { applicable } = resolveApplicability(answers);
  const shown = new Set<string>(applicable);
  return SECTIONS.flatMap((section) => {
    const ids = questionsOf(section.id)
      .map((q) => q.id)
      .filter((id) => shown.has(id));
    const items = quoteAnswers(ids, answers);
    return [
      { kind: 'heading', level: 3, text: text(sectionTitle(section.id)) } as const,
      items.length === 0
        ? ({ kind: 'paragraph', text: text('report.appendix.noAnswersInSection') } as const)
        : ({ kind: 'answers', items } as const),
    ];
  });
}

export function appendixBlocks(answers: Answers): Block[] {
  return [
    { kind: 'section', id: 'appendix', title: text('report.appendix.title') },
    { kind: 'heading', level: 2, text: text('report.appendix.answersTitle') },
    { kind: 'paragraph', text: text('report.appendix.answersIntro') },
    ...answerBlocks(answers),
    { kind: 'heading', level: 2, text: text('report.appendix.methodTitle') },
    ...METHOD_PARTS.map((p) => ({ kind: 'paragraph', text: text(p) }) as const),
    { kind: 'heading', level: 2, text: text('report.appendix.glossaryTitle') },
    {
      kind: 'table',
      caption: text('report.appendix.glossaryCaption'),
      head: [text('report.appendix.glossaryNl'), text('report.appendix.glossaryEn')],
      rows: GLOSSARY_IDS.map((id) => [
        { kind: 'text', text: { key: glossaryTerm(id), lang: 'nl' } },
        { kind: 'text', text: { key: glossaryTerm(id), lang: 'en' } },
      ]),
      widths: [0.5, 0.5],
    },
  ];
}
