import { useEffect, useRef, type RefObject } from 'react';

/** Drag and drop of files onto `zone`. A pointer-only shortcut: the "Open" button inside the zone
 *  is the keyboard and screen-reader path, so the zone itself is not made interactive. */
export function useDropFiles(
  zone: RefObject<HTMLElement | null>,
  onDragging: (on: boolean) => void,
  onFiles: (files: File[]) => void,
): void {
  // The latest callbacks, without re-attaching listeners on every render.
  const handlers = useRef({ onDragging, onFiles });
  useEffect(() => {
    handlers.current = { onDragging, onFiles };
  });
  useEffect(() => {
    const el = zone.current;
    if (el === null) return;
    const over = (e: DragEvent) => {
      e.preventDefault(); // allows the drop
      handlers.current.onDragging(true);
    };
    const leave = () => handlers.current.onDragging(false);
    const drop = (e: DragEvent) => {
      e.preventDefault(); // the browser would otherwise open the file itself
      handlers.current.onDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) handlers.current.onFiles(files);
    };
    el.addEventListener('dragover', over);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragover', over);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, [zone]);
}
