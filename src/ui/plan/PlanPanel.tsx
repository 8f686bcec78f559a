// "Your action plan" (issue 15, item 2): every triggered action point can go into the plan; items
// already in the plan whose action point no longer applies stay listed, so they can be closed.
// Changes go through the answers store, so they are autosaved with the answers.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planItemFor, removePlanItem, upsertPlanItem } from '../../answers/plan';
import type { Assessment } from '../../assessment/schema';
import type { Translator } from '../../render/resolve-text';
import { ACTION_IDS, actionText } from '../../report/action-text';
import { useAnswers } from '../answers-store';
import { PlanExports } from './PlanExports';
import { PlanItemFields } from './PlanItemFields';
import './plan.css';

interface PlanPanelProps {
  readonly assessment: Assessment;
  readonly tr: Translator;
  readonly date: string;
}

export function PlanPanel({ assessment, tr, date }: PlanPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { answers, plan = [], setPlan } = useAnswers();
  // Where focus goes after a click that removes the clicked control.
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [justRemoved, setJustRemoved] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const triggered = new Set(assessment.recommendations.flatMap((r) => r.actions.map((a) => a.id)));
  const inPlan = new Set(plan.map((p) => p.actionId));
  // Catalogue order; unknown ids from an older or newer file last.
  const ids = [
    ...ACTION_IDS.filter((id) => triggered.has(id) || inPlan.has(id)),
    ...plan.map((p) => p.actionId).filter((id) => !ACTION_IDS.includes(id)),
  ];

  const add = (actionId: string) => {
    setPlan(upsertPlanItem(plan, { actionId, status: 'planned' }));
    setJustAdded(actionId);
    setJustRemoved(null);
    setStatus(t('ui.plan.added', { action: tr.text(actionText(actionId)) }));
  };
  const remove = (actionId: string) => {
    setPlan(removePlanItem(plan, actionId));
    setJustAdded(null);
    setJustRemoved(actionId);
    setStatus(t('ui.plan.removed', { action: tr.text(actionText(actionId)) }));
  };

  return (
    <section className="pm-plan pm-no-print" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('ui.plan.title')}
      </h2>
      <p className="utrecht-paragraph">{t('ui.plan.intro')}</p>
      {ids.length === 0 && <p className="utrecht-paragraph">{t('ui.plan.empty')}</p>}
      <ul className="pm-plan__list">
        {ids.map((actionId) => {
          const item = planItemFor(plan, actionId);
          return (
            <li key={actionId}>
              <fieldset className="utrecht-form-fieldset pm-plan__item">
                <legend className="pm-plan__legend">{tr.text(actionText(actionId))}</legend>
                {!triggered.has(actionId) && <p className="utrecht-paragraph">{t('ui.plan.notTriggered')}</p>}
                {item === undefined ? (
                  <button
                    ref={justRemoved === actionId ? (el) => el?.focus() : undefined}
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    onClick={() => add(actionId)}
                  >
                    {t('ui.plan.add')}
                  </button>
                ) : (
                  <PlanItemFields
                    item={item}
                    focusOnMount={justAdded === actionId}
                    onChange={(next) => setPlan(upsertPlanItem(plan, next))}
                    onRemove={() => remove(actionId)}
                  />
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
      {plan.length > 0 && <PlanExports plan={plan} answers={answers} date={date} tr={tr} />}
    </section>
  );
}
