// buildReport: the advice report as a ReportDocument (issue 7). Pure: the same assessment,
// answers and date always give the same blocks, and no language is chosen here (style.md §6).
import type { Answers } from '../catalogue/answers';
import type { Assessment } from '../assessment/schema';
import { appendixClosing, methodBlocks } from './build-appendix';
import { conditionsBlocks, networkModelBlocks } from './build-conditions';
import { firstSteps, nextStepsBlocks } from './build-next-steps';
import { indicatorBlocks, recommendationBlocks } from './build-recommendations';
import { migratedNoteBlocks } from './build-context-notes';
import { learningBalanceBlocks } from './build-learning-balance';
import { createQuoteLedger } from './quote-ledger';
import { dateParam, text, type Block, type ReportDocument, type Text } from './blocks';
import { COVER_LANGUAGE, documentFrame } from './document-frame';

export interface ReportMeta {
  /** Optional free text naming who answered (contract §1); shown literally. */
  readonly respondentLabel?: string;
  /** The report date as an ISO date (YYYY-MM-DD), passed in so the builder stays pure. */
  readonly date: string;
  /** The older catalogue version the answers file was made with (content-model-v2 §1). */
  readonly madeWithCatalogue?: string;
}

const NOT_GIVEN = text('report.notGiven');
const COVER_TITLE = text('report.cover.title');

/** A municipality name as typed, or "(not given)". User text only ever travels as a param. */
function nameParam(value: unknown): string | Text {
  return typeof value === 'string' && value.trim() !== '' ? value : NOT_GIVEN;
}

function coverBlock(answers: Answers, meta: ReportMeta): Block {
  const own = nameParam(answers.profile_own_municipality);
  const partner = nameParam(answers.profile_partner_municipality);
  const label = meta.respondentLabel?.trim() ?? '';
  const lines: Text[] = [
    text('report.cover.partnership', { own, partner }),
    ...(label === '' ? [] : [text('report.cover.respondent', { label })]),
    text('report.cover.date', { date: dateParam(meta.date) }),
    text('report.cover.method'),
  ];
  return { kind: 'cover', title: COVER_TITLE, lines, language: COVER_LANGUAGE };
}

export function buildReport(assessment: Assessment, answers: Answers, meta: ReportMeta): ReportDocument {
  // Parts are built in the order they may quote answers: the front page first, then each action
  // point's own "because", then what is left for the network model (each answer once in the body;
  // the appendix quotes them all once more).
  const ledger = createQuoteLedger(answers);
  const steps = firstSteps(assessment.recommendations);
  const nextSteps = nextStepsBlocks(assessment, answers, ledger, steps);
  const recommendations = recommendationBlocks(
    assessment,
    answers,
    ledger,
    new Set(steps.map((s) => s.action.id)),
  );
  const conditions = conditionsBlocks(assessment, answers);
  const networkModel = networkModelBlocks(assessment, ledger);
  const blocks: Block[] = [
    coverBlock(answers, meta),
    ...nextSteps,
    ...migratedNoteBlocks(meta.madeWithCatalogue, answers),
    // The advice in full right after the first steps; the scores behind it follow.
    ...recommendations,
    ...conditions,
    ...learningBalanceBlocks(assessment.learningBalance, answers),
    ...networkModel,
    ...indicatorBlocks(assessment),
    ...methodBlocks(),
  ];
  const title = text('report.documentTitle', {
    own: nameParam(answers.profile_own_municipality),
    partner: nameParam(answers.profile_partner_municipality),
  });
  return {
    kind: 'advice',
    title,
    blocks,
    frame: documentFrame(COVER_TITLE),
    closing: appendixClosing(answers),
  };
}
