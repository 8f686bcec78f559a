import { useTranslation } from 'react-i18next';

/** Stands in for a page whose code or texts are still loading. It is as tall as the screen, so
 *  the footer starts out of view and nothing visible moves when the page arrives (Lighthouse
 *  measured a layout shift of 0.48 with a one-line placeholder, issue 17). */
export function PagePlaceholder() {
  const { t } = useTranslation();
  return (
    <div className="pm-placeholder" role="status" aria-busy="true">
      <p className="utrecht-paragraph pm-placeholder__text">{t('ui.app.loading')}</p>
      <div className="pm-placeholder__heading" />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div key={i} className="pm-placeholder__line" />
      ))}
    </div>
  );
}
