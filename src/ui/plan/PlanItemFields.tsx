// One action point in the plan: owner, date and status, saved (autosave) on every change.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isPlanDate,
  PLAN_OWNER_MAX,
  PLAN_STATUSES,
  type PlanItem,
  type PlanStatus,
} from '../../answers/plan';
import type { MessageKey } from '../../i18n/message-key';

interface PlanItemFieldsProps {
  readonly item: PlanItem;
  readonly onChange: (item: PlanItem) => void;
  readonly onRemove: () => void;
  /** Just added: take focus, so keyboard users continue where the button was. */
  readonly focusOnMount: boolean;
}

const isStatus = (v: string): v is PlanStatus => (PLAN_STATUSES as readonly string[]).includes(v);

export function PlanItemFields({ item, onChange, onRemove, focusOnMount }: PlanItemFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const owner = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) owner.current?.focus();
  }, [focusOnMount]);
  const set = (patch: Partial<PlanItem>) => {
    const { due, ...rest } = { ...item, ...patch };
    // An emptied (or, in an odd browser, malformed) date is no date: absent, as in the file.
    onChange(due !== undefined && isPlanDate(due) ? { ...rest, due } : rest);
  };

  return (
    <div className="pm-plan__fields">
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor={`${id}-owner`}>
          {t('ui.plan.owner')}
        </label>
        <p className="utrecht-form-field-description" id={`${id}-owner-hint`}>
          {t('ui.plan.ownerHint')}
        </p>
        <input
          ref={owner}
          id={`${id}-owner`}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          dir="auto"
          maxLength={PLAN_OWNER_MAX}
          aria-describedby={`${id}-owner-hint`}
          value={item.owner ?? ''}
          onChange={(e) => set({ owner: e.target.value })}
        />
      </div>
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor={`${id}-due`}>
          {t('ui.plan.due')}
        </label>
        <input
          id={`${id}-due`}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="date"
          min="2000-01-01"
          max="2099-12-31"
          value={item.due ?? ''}
          onChange={(e) => set({ due: e.target.value })}
        />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={`${id}-status`}>
          {t('ui.plan.status')}
        </label>
        <select
          id={`${id}-status`}
          className="utrecht-select utrecht-select--html-select"
          value={item.status}
          onChange={(e) => {
            if (isStatus(e.target.value)) set({ status: e.target.value });
          }}
        >
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}` satisfies MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onRemove}>
        {t('ui.plan.remove')}
      </button>
    </div>
  );
}
