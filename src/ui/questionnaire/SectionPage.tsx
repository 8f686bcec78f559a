// One section per page: title, intro, its applicable questions, Back / Next (issue 6).
import { Button } from '@utrecht/button-react';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SECTIONS } from '../../catalogue/catalogue';
import { resolveApplicability } from '../../catalogue/conditions';
import type { SectionId } from '../../catalogue/ids';
import type { QuestionDef } from '../../catalogue/types';
import { sectionIntro, sectionTitle } from '../../i18n/keys';
import { useAnswers } from '../answers-store';
import { AutosaveStatus } from '../io/AutosaveStatus';
import { navigate } from '../use-route';
import { routeHref } from '../routing';
import { usePageTitle } from '../use-page-title';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { firstInputId, missingRequired, requiredCode, type FormValues } from './form-values';
import { QuestionField } from './QuestionField';
import { RespondentLabelField } from './RespondentLabelField';
import { labelText, useSide } from './question-text';
import { nextRoute, previousRoute, sectionIndex, sectionQuestions } from './sections';
import { useAutosaveForm } from './use-autosave-form';
import { useChangeAnnouncement } from './use-change-announcement';

interface SectionPageProps {
  sectionId: SectionId;
  focus?: string | undefined;
  /** Opened by "Change" on the check page: Next goes back there, not on to the next part. */
  returnToCheck?: boolean;
}

export function SectionPage({ sectionId, focus, returnToCheck = false }: SectionPageProps) {
  const { t } = useTranslation();
  const { answers } = useAnswers();
  const side = useSide();
  const all = sectionQuestions(sectionId);
  // Every change is in the store at once, so the store's answers are the live form values.
  const applicable = useMemo(() => {
    const ids = new Set<string>(resolveApplicability(answers).applicable);
    return all.filter((q) => ids.has(q.id));
  }, [all, answers]);
  const methods = useAutosaveForm(all, applicable);
  const [attempt, setAttempt] = useState(0);

  const title = t(sectionTitle(sectionId));
  usePageTitle(title);
  const labelOf = (q: QuestionDef) => labelText(t, q, side);
  const announcement = useChangeAnnouncement(applicable, labelOf);

  // "Change" links arrive with ?focus=<question>. The shell focuses the h1 after navigation in the
  // same commit; a timeout lets this run after it.
  useEffect(() => {
    const q = focus === undefined ? undefined : all.find((x) => x.id === focus);
    if (q === undefined) return;
    const timer = setTimeout(() => document.getElementById(firstInputId(q))?.focus(), 0);
    return () => clearTimeout(timer);
  }, [focus, all]);

  const { errors } = methods.formState;
  const summary: SummaryItem[] = applicable.flatMap((q) => {
    const message = errors[q.id]?.message;
    return typeof message === 'string' ? [{ q, label: labelOf(q), code: message }] : [];
  });

  // Required questions are asked for on Next only (catalogue: "required" is a UI matter).
  const flagMissing = () => {
    for (const q of missingRequired(applicable, methods.getValues())) {
      methods.setError(q.id, { type: 'required', message: requiredCode(q) });
    }
  };
  const after = returnToCheck ? ({ name: 'check' } as const) : nextRoute(sectionId);
  const onNext = methods.handleSubmit(
    () => {
      if (missingRequired(applicable, methods.getValues()).length === 0) return navigate(after);
      flagMissing();
      setAttempt((n) => n + 1);
    },
    (_errors: FieldErrors<FormValues>) => {
      flagMissing();
      setAttempt((n) => n + 1);
    },
  );

  const isLast = after.name === 'check';
  return (
    <div className="pm-questionnaire-page">
      <ErrorSummary section={sectionId} items={summary} focusKey={attempt} />
      <p className="pm-caption">
        {t('ui.questionnaire.section.step', { number: sectionIndex(sectionId) + 1, total: SECTIONS.length })}
      </p>
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {title}
      </h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(sectionIntro(sectionId))}</p>
      {applicable.some((q) => q.required === true) && (
        <p className="utrecht-paragraph pm-required-note">{t('ui.questionnaire.section.requiredNote')}</p>
      )}
      <FormProvider {...methods}>
        <form className="pm-form" noValidate onSubmit={(event) => void onNext(event)}>
          {applicable.map((q) => (
            <QuestionField key={q.id} q={q} />
          ))}
          {sectionId === 'profile' && <RespondentLabelField />}
          <div className="pm-actions pm-actions--walk">
            <Button type="submit" appearance="primary-action-button">
              {isLast ? t('ui.questionnaire.section.toCheck') : t('ui.questionnaire.section.next')}
            </Button>
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={routeHref(previousRoute(sectionId))}
            >
              {t('ui.questionnaire.section.back')}
            </a>
          </div>
        </form>
      </FormProvider>
      <AutosaveStatus />
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={routeHref({ name: 'overview' })}>
          {t('ui.questionnaire.section.toOverview')}
        </a>
      </p>
      <div className="pm-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
