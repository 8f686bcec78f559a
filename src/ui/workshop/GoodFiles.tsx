// The participants read so far: label, side, language and how much was answered; each removable.
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../catalogue/answers';
import { sideOf } from '../../catalogue/side';
import type { GoodFile } from '../../group/intake';

function sideKey(answers: Answers): string {
  const side = sideOf(answers);
  return side === undefined ? 'ui.workshop.sides.none' : `ui.workshop.sides.${side}`;
}

export function GoodFiles({
  files,
  onRemove,
}: {
  files: readonly GoodFile[];
  onRemove: (hash: string) => void;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return <p className="utrecht-paragraph">{t('ui.workshop.files.empty')}</p>;
  return (
    <table className="utrecht-table pm-workshop__table">
      <caption className="utrecht-table__caption">
        {t('ui.workshop.files.caption', { count: files.length })}
      </caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {['label', 'side', 'language', 'answered', 'file', 'actions'].map((k) => (
            <th key={k} scope="col" className="utrecht-table__header-cell">
              {t(`ui.workshop.files.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {files.map((f) => {
          const label = f.file.respondent?.label ?? t('ui.workshop.files.noLabel');
          return (
            <tr key={f.hash} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell" dir="auto">
                <bdi>{label}</bdi>
              </th>
              <td className="utrecht-table__cell">{t(sideKey(f.file.answers))}</td>
              <td className="utrecht-table__cell">{t(`ui.app.languageSwitch.${f.file.language}`)}</td>
              <td className="utrecht-table__cell">
                {t('ui.workshop.files.answeredValue', {
                  answered: f.assessment.coverage.answered,
                  applicable: f.assessment.coverage.applicable,
                })}
              </td>
              <td className="utrecht-table__cell pm-workshop__file" dir="auto">
                <bdi>{f.name}</bdi>
              </td>
              <td className="utrecht-table__cell">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={t('ui.workshop.files.removeLabel', { label, file: f.name })}
                  onClick={() => onRemove(f.hash)}
                >
                  {t('ui.workshop.files.remove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
