// The participants read so far: label, side, role, language and how much was answered; each
// removable. After "Remove", focus goes to the next row's Remove button (or the previous one, or
// the heading of the files when none is left), so a keyboard user never lands at the page top.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sideOf } from '../../catalogue/side';
import type { GoodFile } from '../../group/intake';
import { roleKey, sideKey } from './participant-keys';

export function GoodFiles({
  files,
  onRemove,
  focusWhenEmpty,
}: {
  files: readonly GoodFile[];
  onRemove: (file: GoodFile) => void;
  /** Where focus goes when the last file was removed. */
  focusWhenEmpty: () => void;
}) {
  const { t } = useTranslation();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const removedAt = useRef<number | null>(null);

  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const next = files[Math.min(at, files.length - 1)];
    if (next === undefined) focusWhenEmpty();
    else buttons.current.get(next.hash)?.focus();
  }, [files, focusWhenEmpty]);

  if (files.length === 0) return <p className="utrecht-paragraph">{t('ui.workshop.files.empty')}</p>;
  return (
    <div className="pm-report__table-wrap">
      <table className="utrecht-table pm-workshop__table">
        <caption className="utrecht-table__caption">
          {t('ui.workshop.files.caption', { count: files.length })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('ui.workshop.files.label')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('ui.workshop.files.side')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('ui.workshop.files.role')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('ui.workshop.files.answered')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('ui.workshop.files.file')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('ui.workshop.files.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {files.map((f, i) => {
            const label = f.file.respondent?.label ?? t('ui.workshop.files.noLabel');
            return (
              <tr key={f.hash} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell" dir="auto">
                  <bdi>{label}</bdi>
                </th>
                <td className="utrecht-table__cell">{t(sideKey(sideOf(f.file.answers)))}</td>
                <td className="utrecht-table__cell">{t(roleKey(f.file.answers.profile_role))}</td>
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
                    ref={(el) => {
                      if (el === null) buttons.current.delete(f.hash);
                      else buttons.current.set(f.hash, el);
                    }}
                    className="utrecht-button utrecht-button--secondary-action"
                    aria-label={t('ui.workshop.files.removeLabel', { label, file: f.name })}
                    onClick={() => {
                      removedAt.current = i;
                      onRemove(f);
                    }}
                  >
                    {t('ui.workshop.files.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
