// The method part, and the appendix (issue 7, item 7; issue 18, item 2): every applicable answer
// by section as a compact table, and the glossary. A bilingual PDF prints the appendix once, both
// languages side by side; the method stays in each language's part.
import type { Answers } from '../catalogue/answers';
import { SECTIONS, getQuestion, questionsOf, type QuestionId } from '../catalogue/catalogue';
import { resolveApplicability } from '../catalogue/conditions';
import type { Language } from '../catalogue/ids';
import { glossaryTerm, sectionTitle, type MessageKey } from '../i18n/keys';
import { text, type AnswerItem, type Block, type Cell, type ReportDocument, type Text } from './blocks';
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

export function methodBlocks(): Block[] {
  return [
    { kind: 'section', id: 'method', title: text('report.appendix.methodTitle') },
    ...METHOD_PARTS.map((p) => ({ kind: 'paragraph', text: text(p) }) as const),
  ];
}

/** The applicable answers of each catalogue section, in catalogue order. Long free texts are
 *  kept apart: they are quoted full width under the table (in a narrow column a 5,000-character
 *  answer would take pages, and in the bilingual table it would be printed twice). */
function answersBySection(answers: Answers) {
  const { applicable } = resolveApplicability(answers);
  const shown = new Set<string>(applicable);
  return SECTIONS.map((section) => {
    const ids = questionsOf(section.id)
      .map((q) => q.id)
      .filter((id) => shown.has(id));
    const isLong = (id: QuestionId) => getQuestion(id).type === 'long_text';
    return {
      id: section.id,
      items: quoteAnswers(
        ids.filter((id) => !isLong(id)),
        answers,
      ),
      texts: quoteAnswers(ids.filter(isLong), answers),
    };
  });
}

const inLanguage = (t: Text, lang: Language): Text => ({ ...t, lang });
/** "Nederlands term / English term" in one line, each half in its own language. */
const bilingual = (key: MessageKey): Text =>
  text('report.bilingualPair', { nl: { key, lang: 'nl' }, en: { key, lang: 'en' } });

const quotedCell = (item: AnswerItem, lang?: Language): Cell => ({
  kind: 'quoted',
  label: lang === undefined ? item.label : inLanguage(item.label, lang),
  parts: item.parts,
  ...(lang === undefined ? {} : { lang }),
});

function glossaryBlock(caption: Text): Block {
  return {
    kind: 'table',
    caption,
    head: [text('report.appendix.glossaryNl'), text('report.appendix.glossaryEn')],
    rows: GLOSSARY_IDS.map((id) => [
      { kind: 'text', text: { key: glossaryTerm(id), lang: 'nl' } },
      { kind: 'text', text: { key: glossaryTerm(id), lang: 'en' } },
    ]),
    widths: [0.5, 0.5],
    pairedInPrint: true,
  };
}

/** The appendix in one language: a table per section, question and answer in one cell. */
function singleAppendix(answers: Answers): Block[] {
  return [
    { kind: 'section', id: 'appendix', title: text('report.appendix.title') },
    { kind: 'paragraph', text: text('report.appendix.answersIntro') },
    ...answersBySection(answers).flatMap(({ id, items, texts }): Block[] => [
      items.length === 0
        ? {
            kind: 'paragraph',
            text: text('report.appendix.noAnswersIn', { section: text(sectionTitle(id)) }),
          }
        : {
            kind: 'table',
            caption: text(sectionTitle(id)),
            captionInHead: true,
            head: [text(sectionTitle(id)), text('report.appendix.yourAnswer')],
            rows: items.map((item) => [
              { kind: 'text', text: item.label },
              { kind: 'answer', parts: item.parts },
            ]),
            widths: [0.58, 0.42],
          },
      ...(texts.length === 0 ? [] : [{ kind: 'answers', items: texts, compact: true } as const]),
    ]),
    { kind: 'heading', level: 2, text: text('report.appendix.glossaryTitle') },
    glossaryBlock(text('report.appendix.glossaryCaption')),
  ];
}

/** The appendix once for a two-language PDF: Dutch and English side by side. */
function bilingualAppendix(answers: Answers): Block[] {
  return [
    { kind: 'section', id: 'appendix', title: bilingual('report.appendix.title') },
    { kind: 'paragraph', text: inLanguage(text('report.appendix.answersIntro'), 'nl') },
    { kind: 'paragraph', text: inLanguage(text('report.appendix.answersIntro'), 'en') },
    ...answersBySection(answers).flatMap(({ id, items, texts }): Block[] => [
      ...(items.length === 0
        ? []
        : [
            {
              kind: 'table',
              caption: bilingual(sectionTitle(id)),
              captionInHead: true,
              head: [inLanguage(text(sectionTitle(id)), 'nl'), inLanguage(text(sectionTitle(id)), 'en')],
              rows: items.map((item) => [quotedCell(item, 'nl'), quotedCell(item, 'en')]),
              widths: [0.5, 0.5],
            } as const,
          ]),
      // A free text reads the same in both languages: quoted once, under both questions.
      ...(texts.length === 0
        ? []
        : [
            {
              kind: 'answers',
              compact: true,
              items: texts.map((item) => ({
                ...item,
                label: text('report.bilingualPair', {
                  nl: inLanguage(item.label, 'nl'),
                  en: inLanguage(item.label, 'en'),
                }),
              })),
            } as const,
          ]),
    ]),
    { kind: 'heading', level: 2, text: bilingual('report.appendix.glossaryTitle') },
    glossaryBlock(bilingual('report.appendix.glossaryCaption')),
  ];
}

export function appendixClosing(answers: Answers): NonNullable<ReportDocument['closing']> {
  return { single: singleAppendix(answers), bilingual: bilingualAppendix(answers) };
}
