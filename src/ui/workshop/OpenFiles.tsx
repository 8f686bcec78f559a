// Open many answers files at once: a file picker with multiple selection, and drag and drop.
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDropFiles } from './use-drop-files';

export function OpenFiles({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const zone = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  useDropFiles(zone, setDragging, onFiles);

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    // Reset, so picking the same files again still fires a change.
    e.target.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <div ref={zone} className={`pm-workshop__drop${dragging ? ' pm-workshop__drop--active' : ''}`}>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => input.current?.click()}>
        {t('ui.workshop.open.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,application/json"
        hidden
        aria-label={t('ui.workshop.open.inputLabel')}
        onChange={onPick}
      />
      <p className="utrecht-paragraph">{t('ui.workshop.open.dropHint')}</p>
    </div>
  );
}
