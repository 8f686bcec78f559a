// Projector mode (issue 14, item 4): the group report's slides (buildGroupSlides), one topic per
// screen, drawn by the same screen renderer as the page. Arrow keys, PageUp/PageDown (what
// presentation clickers send), Home/End move; Escape leaves and focus returns to the opener.
// Sizes are in the CSS: readable from the back of a room on a 1920×1080 projector.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translator } from '../../render/resolve-text';
import { ReportView } from '../../render/screen/ReportView';
import type { ReportDocument } from '../../report/blocks';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Keeps Tab inside the dialog: the page behind it is covered. */
function trapTab(event: KeyboardEvent, root: HTMLElement) {
  const focusable = [...root.querySelectorAll<HTMLElement>('button, [href], [tabindex="0"]')];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (first === undefined || last === undefined) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function Projector({
  slides,
  tr,
  onClose,
}: {
  slides: readonly ReportDocument[];
  tr: Translator;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const last = slides.length - 1;
  const go = (to: number) => setIndex(Math.max(0, Math.min(last, to)));

  useEffect(() => dialog.current?.focus(), []);

  // A listener on the dialog element (not a React prop): keys from anything inside it — the slide or
  // a button — move the slides, as a clicker's PageUp/PageDown do.
  useEffect(() => {
    const root = dialog.current;
    if (root === null) return;
    const move = (to: (at: number) => number) => setIndex((at) => Math.max(0, Math.min(last, to(at))));
    const onKeyDown = (event: KeyboardEvent) => {
      // Space on a button presses it; only elsewhere does it move on.
      const onButton = event.target instanceof HTMLButtonElement;
      if (event.key === 'Escape') onClose();
      else if (event.key === 'Tab') return trapTab(event, root);
      else if (NEXT.has(event.key) && !(event.key === ' ' && onButton)) move((at) => at + 1);
      else if (PREVIOUS.has(event.key)) move((at) => at - 1);
      else if (event.key === 'Home') move(() => 0);
      else if (event.key === 'End') move(() => last);
      else return;
      event.preventDefault();
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, [last, onClose]);

  const slide = slides[index];
  return (
    <div
      ref={dialog}
      className="pm-projector"
      role="dialog"
      aria-modal="true"
      aria-label={t('ui.workshop.projector.title')}
      tabIndex={-1}
    >
      <div className="pm-projector__bar">
        <p className="pm-projector__count" aria-live="polite">
          {t('ui.workshop.projector.position', { number: index + 1, total: slides.length })}
        </p>
        <p className="pm-projector__keys">{t('ui.workshop.projector.keys')}</p>
        {/* aria-disabled, not disabled: a disabled button would drop the focus out of the dialog. */}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => go(index - 1)}
          aria-disabled={index === 0}
        >
          {t('ui.workshop.projector.previous')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => go(index + 1)}
          aria-disabled={index === last}
        >
          {t('ui.workshop.projector.next')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onClose}>
          {t('ui.workshop.projector.close')}
        </button>
      </div>
      {slide !== undefined && <ReportView key={index} doc={slide} tr={tr} className="pm-projector__slide" />}
    </div>
  );
}
