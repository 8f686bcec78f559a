// "What participants wrote" on the workshop page: the same items as the group PDF (groupTexts).
// Each text is user text: rendered as text with its own direction (dir="auto"), never as markup.
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../group/schema';
import type { Translator } from '../../render/resolve-text';
import { groupTexts } from '../../report/group/build-texts';

export function GroupTexts({
  group,
  showNames,
  tr,
}: {
  group: GroupResult;
  showNames: boolean;
  tr: Translator;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="utrecht-heading-3">{t('group.report.texts.title')}</h3>
      <p className="utrecht-paragraph">
        {t(showNames ? 'group.report.texts.introNames' : 'group.report.texts.intro')}
      </p>
      {groupTexts(group, showNames).map((q) => (
        <div key={q.id} className="pm-workshop__texts">
          <h4 className="utrecht-heading-4">{tr.text(q.label)}</h4>
          {q.items.length === 0 ? (
            <p className="utrecht-paragraph">{t('group.report.texts.none')}</p>
          ) : (
            <ul className="utrecht-unordered-list">
              {q.items.map((item, i) => (
                <li key={i} className="utrecht-unordered-list__item" dir="auto">
                  {tr.text(item)}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
