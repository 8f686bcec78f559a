// "See an example" (issue 15, item 3): the full report of a made-up partnership, in its own answers
// store without autosave — it shadows the user's store for this page only, so nothing here can
// overwrite or mix with the user's own answers (or their plan).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswersProvider } from '../answers-store';
import { ReportPage } from '../ReportPage';
import { routeHref } from '../routing';
import { exampleState } from './example-state';
import './example.css';

export function ExamplePage() {
  const { t } = useTranslation();
  const [initial] = useState(exampleState);
  return (
    <>
      <div className="utrecht-alert utrecht-alert--warning pm-example-banner" role="note">
        {/* One child: the alert lays its children out in a row. */}
        <div>
          <p className="utrecht-paragraph">
            <strong>{t('ui.example.bannerTitle')}</strong>
          </p>
          <p className="utrecht-paragraph">{t('ui.example.banner')}</p>
          <p className="pm-actions">
            <a className="utrecht-link" href={routeHref({ name: 'start' })}>
              {t('ui.example.leave')}
            </a>
            <a className="utrecht-link" href={routeHref({ name: 'overview' })}>
              {t('ui.example.start')}
            </a>
          </p>
        </div>
      </div>
      {/* No onChange: nothing in example mode is saved. */}
      <AnswersProvider initial={initial}>
        <div className="pm-example">
          <ReportPage />
        </div>
      </AnswersProvider>
    </>
  );
}
