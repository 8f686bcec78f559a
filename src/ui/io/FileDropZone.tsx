// Open answers files: a button behind which a hidden file picker waits, inside a zone that also
// takes drag and drop. One file (the questionnaire) or many at once (the workshop).
import { useRef, useState, type ChangeEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useDropFiles } from './use-drop-files';
import type { MessageKey } from '../../i18n/message-key';

export interface FileDropZoneProps {
  /** Where the texts live: `<keys>.button`, `.inputLabel`, `.dropHint`. */
  readonly keys: 'ui.io.open' | 'ui.workshop.open' | 'ui.compare.open';
  /** The zone's class; `<className>--active` is added while files are dragged over it. */
  readonly className: string;
  readonly appearance: 'primary-action' | 'secondary-action';
  readonly multiple?: boolean;
  /** Never empty; holds one file unless `multiple`. */
  readonly onFiles: (files: File[]) => void;
  /** The open button, for callers that return focus to it. */
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

export function FileDropZone({
  keys,
  className,
  appearance,
  multiple = false,
  onFiles,
  buttonRef,
}: FileDropZoneProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const zone = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  // A single-file zone takes the first of several dropped files.
  useDropFiles(zone, setDragging, (files) => onFiles(multiple ? files : files.slice(0, 1)));

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    // Cleared, so choosing the same file again (after fixing it) fires a change.
    e.target.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <div ref={zone} className={dragging ? `${className} ${className}--active` : className}>
      <button
        ref={buttonRef}
        type="button"
        className={`utrecht-button utrecht-button--${appearance}`}
        onClick={() => input.current?.click()}
      >
        {t(`${keys}.button` satisfies MessageKey)}
      </button>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept=".json,application/json"
        hidden
        aria-label={t(`${keys}.inputLabel` satisfies MessageKey)}
        onChange={onPick}
      />
      <p className="utrecht-paragraph">{t(`${keys}.dropHint` satisfies MessageKey)}</p>
    </div>
  );
}
