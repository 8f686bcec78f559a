// The participants read so far: label, side, role, language and how much was answered; each
// removable. After "Remove", focus goes to the next row's Remove button (or the previous one, or
// the heading of the files when none is left), so a keyboard user never lands at the page top.
// A large set is listed a hundred at a time (issue 16: laying out 1,000 rows at once froze the
// page); "Show more" takes focus to the first row it adds.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sideOf } from '../../catalogue/side';
import type { GoodFile } from '../../group/intake';
import { inSlices } from './in-slices';
import { roleKey, sideKey } from './participant-keys';
import type { MessageKey } from '../../i18n/message-key';

/** The participants table's columns, in order. */
const COLUMNS = ['label', 'side', 'role', 'answered', 'file', 'actions'] as const;

/** Rows listed at first, and added by each "Show more". */
export const ROWS_PER_PAGE = 100;

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
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  /** The first row added by "Show more": it takes focus once it is there. */
  const firstAdded = useRef<number | null>(null);

  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const next = files[Math.min(at, files.length - 1)];
    if (next === undefined) focusWhenEmpty();
    else buttons.current.get(next.hash)?.focus();
  }, [files, focusWhenEmpty]);

  useEffect(() => {
    const at = firstAdded.current;
    const row = at === null ? undefined : files[at];
    if (row === undefined) return;
    firstAdded.current = null;
    buttons.current.get(row.hash)?.focus();
  }, [files, shown]);

  const showMore = (count: number) => {
    firstAdded.current = shown;
    inSlices(() => setShown(shown + count));
  };

  if (files.length === 0) return <p className="utrecht-paragraph">{t('ui.workshop.files.empty')}</p>;
  const listed = files.length > shown ? files.slice(0, shown) : files;
  // One translation per side, role and count, not one per row (1,000 rows, issue 16).
  const once = new Map<string, string>();
  const tOnce = (key: string, params?: Record<string, number>) => {
    const id = params === undefined ? key : `${key}|${JSON.stringify(params)}`;
    let text = once.get(id);
    if (text === undefined) {
      text = params === undefined ? t(key) : t(key, params);
      once.set(id, text);
    }
    return text;
  };
  const noLabel = t('ui.workshop.files.noLabel');
  return (
    <>
      <div className="pm-report__table-wrap">
        <table className="utrecht-table pm-workshop__table">
          <caption className="utrecht-table__caption">
            {t('ui.workshop.files.caption', { count: files.length })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="utrecht-table__header-cell">
                  {t(`ui.workshop.files.${column}` satisfies MessageKey)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {listed.map((f, i) => {
              const label = f.file.respondent?.label ?? noLabel;
              return (
                <tr key={f.hash} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell" dir="auto">
                    <bdi>{label}</bdi>
                  </th>
                  <td className="utrecht-table__cell">{tOnce(sideKey(sideOf(f.file.answers)))}</td>
                  <td className="utrecht-table__cell">{tOnce(roleKey(f.file.answers.profile_role))}</td>
                  <td className="utrecht-table__cell">
                    {tOnce('ui.workshop.files.answeredValue', {
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
      {listed.length < files.length && (
        <div className="pm-workshop__more">
          <p className="utrecht-paragraph">
            {t('ui.workshop.files.shownOf', { shown: listed.length, count: files.length })}
          </p>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => showMore(ROWS_PER_PAGE)}
          >
            {t('ui.workshop.files.showMore', { more: Math.min(ROWS_PER_PAGE, files.length - listed.length) })}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => showMore(files.length - listed.length)}
          >
            {t('ui.workshop.files.showAll', { count: files.length })}
          </button>
        </div>
      )}
    </>
  );
}
