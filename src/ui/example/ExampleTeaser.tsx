// On the start page: one click to the example report (issue 15, item 3).
import { useTranslation } from 'react-i18next';
import { routeHref } from '../routing';

export function ExampleTeaser() {
  const { t } = useTranslation();
  return (
    <section className="pm-example-teaser" aria-labelledby="pm-example-title">
      <h2 id="pm-example-title" className="utrecht-heading-2">
        {t('ui.example.startTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('ui.example.startIntro')}</p>
      <p className="pm-actions">
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={routeHref({ name: 'example' })}
        >
          {t('ui.example.startButton')}
        </a>
      </p>
    </section>
  );
}
