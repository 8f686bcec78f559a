// The advice report on screen (issue 7): the same ReportDocument the PDF draws, in the page's
// language, with a PDF download and a print stylesheet.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assess } from '../assessment/assess';
import { LANGUAGES } from '../catalogue/languages';
import { ensureLanguageLoaded } from '../i18n/load-language';
import { createTranslator, plainT } from '../render/resolve-text';
import { ReportView } from '../render/screen/ReportView';
import { buildReport } from '../report/build-report';
import { reportDate } from '../report/report-date';
import { withFollowUp } from '../report/with-follow-up';
import { useAnswers } from './answers-store';
import { ComparePanel, type Earlier } from './compare/ComparePanel';
import { useFollowUp } from './compare/use-follow-up';
import { PlanPanel } from './plan/PlanPanel';
import { LoadFailed } from './LoadFailed';
import { PagePlaceholder } from './PagePlaceholder';
import { DownloadPdf } from './report/DownloadPdf';
import { routeHref } from './routing';
import { useLanguage } from './use-language';
import { usePageTitle } from './use-page-title';
import './report/report.css';

const today = () => reportDate(new Date());

type LoadState = 'loading' | 'ready' | 'failed';

/** The glossary shows the terms of every language side by side, so all must be loaded. A failed
 *  load is shown with a retry, never as "Loading…" for ever. */
function useAllLanguages(): { state: LoadState; retry: () => void } {
  const { i18n } = useTranslation();
  const [state, setState] = useState<LoadState>(() =>
    LANGUAGES.every((lang) => i18n.hasResourceBundle(lang, 'translation')) ? 'ready' : 'loading',
  );
  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    Promise.all(LANGUAGES.map((lang) => ensureLanguageLoaded(i18n, lang))).then(
      () => live && setState('ready'),
      (error: unknown) => {
        console.error(error);
        if (live) setState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [i18n, state]);
  const retry = useCallback(() => setState('loading'), []);
  return { state, retry };
}

function EmptyReport() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t('ui.report.title')}
      </h1>
      <p className="utrecht-paragraph">{t('ui.report.empty.body')}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={routeHref({ name: 'overview' })}>
          {t('ui.report.empty.link')}
        </a>
      </p>
    </>
  );
}

export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const { answers, respondentLabel, madeWithCatalogue } = useAnswers();
  usePageTitle(t('ui.report.title'));
  const languages = useAllLanguages();
  const [date] = useState(today);
  const [earlier, setEarlier] = useState<Earlier | null>(null);
  const { now, followUp: latest } = useFollowUp(date, earlier);
  // Typing an owner in the plan rebuilds the report (it ends with the plan): deferred, so the
  // text box stays responsive while the long report catches up.
  const followUp = useDeferredValue(latest);
  const hasAnswers = Object.keys(answers).length > 0;
  const assessment = useMemo(() => assess(answers), [answers]);
  const doc = useMemo(
    () =>
      hasAnswers
        ? withFollowUp(
            buildReport(assessment, answers, { respondentLabel, date, madeWithCatalogue }),
            followUp,
          )
        : null,
    [assessment, answers, respondentLabel, madeWithCatalogue, date, hasAnswers, followUp],
  );
  const tr = useMemo(
    () => createTranslator(language, (lang) => plainT(i18n.getFixedT(lang)), { isolateUserText: true }),
    [i18n, language],
  );

  if (doc === null) return <EmptyReport />;
  if (languages.state === 'failed') return <LoadFailed onRetry={languages.retry} />;
  if (languages.state === 'loading') return <PagePlaceholder />;
  return (
    <div className="pm-report-page">
      <ReportView
        doc={doc}
        tr={tr}
        afterCover={
          <>
            <DownloadPdf date={date} followUp={followUp} />
            <ComparePanel now={now} earlier={earlier} onEarlier={setEarlier} />
          </>
        }
      />
      <PlanPanel assessment={assessment} tr={tr} date={date} />
    </div>
  );
}
