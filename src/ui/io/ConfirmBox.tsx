import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmBoxProps {
  title: string;
  body: string;
  /** The buttons, most likely choice first. */
  children: ReactNode;
}

/** An inline question that takes focus when it appears, so keyboard and screen-reader users land
 *  on it (GOV.UK's error summary does the same). Inline rather than a modal: nothing to trap.
 *  The content sits in one wrapper: the alert is a flex row, and title, text and buttons as its
 *  direct children were squeezed into three narrow columns (issue 17). */
export function ConfirmBox({ title, body, children }: ConfirmBoxProps) {
  const titleId = useId();
  const bodyId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--warning pm-confirm"
    >
      <div className="utrecht-alert__content pm-confirm__content">
        <h3 id={titleId} className="utrecht-heading-3">
          {title}
        </h3>
        <p id={bodyId} className="utrecht-paragraph">
          {body}
        </p>
        <div className="pm-actions">{children}</div>
      </div>
    </section>
  );
}
