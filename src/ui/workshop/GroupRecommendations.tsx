// The group's recommendations, highest priority first, each action with how many it applies to.
import { useTranslation } from 'react-i18next';
import type { GroupRecommendation } from '../../group/schema';
import { actionLabel, priorityLabel, recommendationTitle } from '../../i18n/keys';

function priorityKey(r: GroupRecommendation): string {
  // §7.1.6: "low" on less than half the evidence reads "too few answers to judge".
  const tooFew = r.priority === 'low' && r.evidence !== null && r.evidence < 0.5;
  return priorityLabel(tooFew ? 'too_few_answers' : r.priority);
}

export function GroupRecommendations({
  recommendations,
}: {
  recommendations: readonly GroupRecommendation[];
}) {
  const { t } = useTranslation();
  return (
    <ol className="pm-workshop__recommendations">
      {recommendations
        .filter((r) => r.priority !== 'not_applicable')
        .map((r) => (
          <li key={r.id}>
            <h4 className="utrecht-heading-4">{t(recommendationTitle(r.id))}</h4>
            <p className="utrecht-paragraph">
              <strong>{t('ui.workshop.group.priority', { priority: t(priorityKey(r)) })}</strong>
            </p>
            {r.actions.length === 0 ? (
              <p className="utrecht-paragraph">{t('ui.workshop.group.noActions')}</p>
            ) : (
              <ul className="utrecht-unordered-list">
                {r.actions.map((a) => (
                  <li key={a.id} className="utrecht-unordered-list__item">
                    {t('group.report.recommendations.action', {
                      action: t(actionLabel(r.id, a.id)),
                      hits: a.hits,
                      files: r.applicableFiles,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
    </ol>
  );
}
