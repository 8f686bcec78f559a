// The plan as files (issue 15, item 2): CSV for a spreadsheet, .ics for a calendar.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../answers/plan';
import { partnershipKey } from '../../answers/partnership-pair';
import { slugify } from '../../answers/serialise';
import type { Answers } from '../../catalogue/answers';
import { downloadTextFile } from '../../io/download';
import type { Translator } from '../../render/resolve-text';
import { planCsv, planIcs } from '../../report/plan-export';

const name = (v: unknown) => (typeof v === 'string' ? v : '');

function baseName(answers: Answers, date: string): string {
  const own = slugify(name(answers.profile_own_municipality)) || 'own';
  const partner = slugify(name(answers.profile_partner_municipality)) || 'partner';
  return `partnership-mirror-plan-${own}-${partner}-${date}`;
}

interface PlanExportsProps {
  readonly plan: Plan;
  readonly answers: Answers;
  readonly date: string;
  readonly tr: Translator;
}

export function PlanExports({ plan, answers, date, tr }: PlanExportsProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const hasDates = plan.some((p) => p.due !== undefined);

  const download = (extension: 'csv' | 'ics') => {
    const fileName = `${baseName(answers, date)}.${extension}`;
    if (extension === 'csv') downloadTextFile(fileName, planCsv(plan, tr.text, tr.language), 'text/csv');
    else {
      const key = partnershipKey(
        name(answers.profile_own_municipality),
        name(answers.profile_partner_municipality),
      );
      downloadTextFile(fileName, planIcs(plan, tr.text, key, new Date()), 'text/calendar');
    }
    setStatus(t('ui.plan.exported', { fileName }));
  };

  return (
    <div className="pm-plan__exports">
      <h3 className="utrecht-heading-3">{t('ui.plan.exportTitle')}</h3>
      <p className="utrecht-button-group">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => download('csv')}
        >
          {t('ui.plan.csv')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!hasDates}
          aria-describedby={hasDates ? undefined : 'pm-plan-no-dates'}
          onClick={() => download('ics')}
        >
          {t('ui.plan.ics')}
        </button>
      </p>
      {!hasDates && (
        <p className="utrecht-paragraph" id="pm-plan-no-dates">
          {t('ui.plan.noDates')}
        </p>
      )}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </div>
  );
}
