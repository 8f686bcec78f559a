// ReportDocument blocks → flow units (page.ts). One exhaustive switch (style.md §6); a block kind
// this file does not handle fails to compile. Sizes and colours come from the report theme.
import type { svg2pdf as Svg2pdf } from 'svg2pdf.js';
import {
  assertNever,
  type ActionItem,
  type AnswerItem,
  type Block,
  type Cell,
  type Text,
} from '../../report/blocks';
import { chartSvg } from '../../report/charts/chart-svg';
import { COLOURS, FONTS, PDF_SIZES } from '../../report/theme';
import {
  BODY,
  CONTENT_WIDTH,
  PAGE,
  flow,
  keepWithPrevious,
  textUnits,
  type DrawUnit,
  type PdfState,
} from './page';
import { tableUnits } from './pdf-table';
import { svgToDom } from './svg-to-dom';

export interface PdfLibs {
  readonly svg2pdf: typeof Svg2pdf;
  /** The DOM svg2pdf reads (the page's document in the browser, jsdom's in Node). */
  readonly document: Document;
}

const H1 = { size: PDF_SIZES.h1, bold: true };
const H2 = { size: PDF_SIZES.h2, bold: true };
const H3 = { size: PDF_SIZES.h3, bold: true };
const SMALL = { size: PDF_SIZES.small, bold: false };
const LABEL = { size: PDF_SIZES.label, bold: true };
const EVIDENCE_LABEL = { size: PDF_SIZES.small - 0.5, bold: true };
const EVIDENCE = { size: PDF_SIZES.small - 0.5, bold: false };
/** A part's title starts a new page when less than this is left. */
const PART_ROOM = 160;

const str = (s: PdfState, t: Text) => s.tr.text(t);

/** Question and answer; the question stays with the first lines of its answer. */
function answerUnits(s: PdfState, items: readonly AnswerItem[], indent = 0, small = false): DrawUnit[] {
  return items.flatMap((item) => [
    ...textUnits(s, str(s, item.label), {
      style: small ? EVIDENCE_LABEL : LABEL,
      indent,
      colour: small ? COLOURS.muted : COLOURS.text,
      gapBefore: small ? 2 : 6,
    }),
    ...keepWithPrevious(
      textUnits(s, s.tr.answer(item.parts), {
        style: small ? EVIDENCE : BODY,
        indent: indent + 10,
        gapBefore: 1,
        colour: small ? COLOURS.muted : COLOURS.text,
      }),
      2,
    ),
  ]);
}

function bullet(s: PdfState, content: string, indent: number, style = BODY, marker = '•'): DrawUnit[] {
  const lines = textUnits(s, content, { style, indent: indent + 14, gapBefore: 3 });
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  return [
    {
      ...first,
      draw: (y) => {
        s.doc
          .setFont(FONTS.latin, style.bold ? 'bold' : 'normal')
          .setFontSize(style.size)
          .setTextColor(COLOURS.text)
          .text(marker, PAGE.left + indent + 2, y + style.size);
        return first.draw(y);
      },
    },
    ...rest,
  ];
}

/** A table of short rows as two column pairs side by side: rows 1…n on the left, the rest on
 *  the right, each half under its own head (read down the left half, then the right). */
function pairedColumns(
  head: readonly Text[],
  rows: readonly (readonly Cell[])[],
  widths: readonly number[] | undefined,
): [readonly Text[], readonly (readonly Cell[])[], readonly number[]] {
  const half = Math.ceil(rows.length / 2);
  const empty: Cell = { kind: 'answer', parts: [] };
  const w = widths ?? head.map(() => 1 / head.length);
  const paired = rows.slice(0, half).map((row, i) => [...row, ...(rows[half + i] ?? head.map(() => empty))]);
  return [[...head, ...head], paired, [...w, ...w].map((x) => x / 2)];
}

function chartUnits(s: PdfState, libs: PdfLibs, block: Extract<Block, { kind: 'chart' }>): DrawUnit[] {
  const root = chartSvg(block.chart, (t) => str(s, t));
  const w = Number(root.attrs.width);
  const h = Number(root.attrs.height);
  const scale = Math.min(1, CONTENT_WIDTH / w);
  const draw = async (y: number) => {
    const svg = svgToDom(root, libs.document, (content, size, bold) => {
      s.doc.setFont(FONTS.latin, bold ? 'bold' : 'normal').setFontSize(size);
      return s.doc.getTextWidth(content);
    });
    // svg2pdf measures text through the live DOM; attach off-screen for the drawing only.
    const holder = libs.document.createElement('div');
    holder.setAttribute('style', 'position:absolute;left:-10000px;top:0');
    holder.appendChild(svg);
    libs.document.body.appendChild(holder);
    try {
      await libs.svg2pdf(svg, s.doc, { x: PAGE.left, y, width: w * scale, height: h * scale });
    } finally {
      holder.remove();
    }
  };
  return [
    { height: h * scale + 4, gapBefore: 8, draw },
    ...keepWithPrevious(textUnits(s, str(s, block.caption), { style: SMALL, colour: COLOURS.muted }), 9),
  ];
}

function actionUnits(s: PdfState, action: ActionItem): DrawUnit[] {
  const units = bullet(s, str(s, action.text), 0);
  const lines = action.note !== undefined ? [action.note] : (action.because ?? []);
  const evidence = lines.flatMap((line) =>
    textUnits(s, str(s, line), { style: EVIDENCE, indent: 14, colour: COLOURS.muted, gapBefore: 1 }),
  );
  return [...units, ...keepWithPrevious(evidence, 2)];
}

function recommendationUnits(s: PdfState, block: Extract<Block, { kind: 'recommendation' }>): DrawUnit[] {
  const heading = (t: Text) => textUnits(s, str(s, t), { style: H3, gapBefore: 8 });
  const units: DrawUnit[] = [
    ...textUnits(s, str(s, block.title), { style: H2, colour: COLOURS.accent, gapBefore: 13 }),
    // Priority and source share one line: both are short facts about the recommendation.
    ...keepWithPrevious(
      textUnits(s, `${str(s, block.priority)}  ·  ${str(s, block.source)}`, {
        style: SMALL,
        colour: COLOURS.muted,
        gapBefore: 2,
      }),
      9,
    ),
    ...keepWithPrevious(textUnits(s, str(s, block.summary)), 2),
  ];
  if (block.because.length > 0) {
    units.push(...heading(block.becauseTitle), ...keepWithPrevious(answerUnits(s, block.because), 2));
  }
  units.push(...heading(block.actionsTitle));
  const actions =
    block.actions.length === 0
      ? textUnits(s, str(s, block.noActions))
      : block.actions.flatMap((a) => actionUnits(s, a));
  units.push(...keepWithPrevious(actions, 2));
  return units;
}

function blockUnits(s: PdfState, libs: PdfLibs, block: Block): DrawUnit[] {
  switch (block.kind) {
    case 'cover':
      // The cover is drawn by render-report-pdf (it is bilingual for 'both').
      return [];
    case 'section': {
      const title = str(s, block.title);
      const [first, ...rest] = textUnits(s, title, { style: H1, colour: COLOURS.accent, gapBefore: 20 });
      if (first === undefined) return [];
      return [
        {
          ...first,
          room: PART_ROOM,
          draw: (y) => {
            s.contents.push({ title, page: s.doc.getNumberOfPages(), lang: s.tr.language });
            return first.draw(y);
          },
        },
        ...rest,
      ];
    }
    case 'heading':
      return textUnits(s, str(s, block.text), {
        style: block.level === 2 ? H2 : H3,
        gapBefore: block.level === 2 ? 11 : 7,
      });
    case 'paragraph':
      return textUnits(s, str(s, block.text), {
        style: block.strong === true ? { ...BODY, bold: true } : BODY,
      });
    case 'list':
      return block.items.flatMap((i) => bullet(s, str(s, i), 0));
    case 'table': {
      const table =
        block.pairedInPrint === true
          ? tableUnits(s, ...pairedColumns(block.head, block.rows, block.widths))
          : tableUnits(s, block.head, block.rows, block.widths);
      if (block.captionInHead === true) return table.map((u, i) => (i === 0 ? { ...u, gapBefore: 10 } : u));
      return [...textUnits(s, str(s, block.caption), { style: LABEL, gapBefore: 10 }), ...table];
    }
    case 'chart':
      return chartUnits(s, libs, block);
    case 'answers':
      return answerUnits(s, block.items, 0, block.compact === true);
    case 'actionPoint': {
      const action = { size: PDF_SIZES.action, bold: true };
      return [
        ...bullet(s, str(s, block.text), 0, action, `${block.number}.`).map((u, i) =>
          i === 0 ? { ...u, gapBefore: 9 } : u,
        ),
        ...keepWithPrevious(
          [
            ...textUnits(s, str(s, block.recommendation), {
              style: SMALL,
              indent: 14,
              colour: COLOURS.muted,
              gapBefore: 2,
            }),
            ...(block.because === undefined
              ? []
              : textUnits(s, str(s, block.because), {
                  style: SMALL,
                  indent: 14,
                  colour: COLOURS.muted,
                  gapBefore: 1,
                })),
          ],
          9,
        ),
      ];
    }
    case 'recommendation':
      return recommendationUnits(s, block);
    default:
      return assertNever(block);
  }
}

/** Lays out blocks and draws them. A heading keeps at least two lines of what follows. */
export async function drawBlocks(s: PdfState, libs: PdfLibs, blocks: readonly Block[]): Promise<void> {
  const units: DrawUnit[] = [];
  let keepNext = 0;
  for (const block of blocks) {
    const own = blockUnits(s, libs, block);
    units.push(...(keepNext > 0 ? keepWithPrevious(own, keepNext) : own));
    // A block shorter than what is still owed (a one-line score under a heading) passes the rest
    // on, so the heading keeps two lines of what follows whatever blocks they come from.
    keepNext = block.kind === 'heading' || block.kind === 'section' ? 2 : Math.max(0, keepNext - own.length);
  }
  await flow(s, units);
}
