import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLargeText, saveLargeText } from '../io/preferences';
import { AppErrorBoundary } from './AppErrorBoundary';
import { StorageNotices } from './io/StorageNotices';
import { LanguageSwitch } from './LanguageSwitch';
import { LargeTextToggle } from './LargeTextToggle';
import { AboutPage } from './AboutPage';
import { AccessibilityPage } from './AccessibilityPage';
import { NotFoundPage } from './NotFoundPage';
import { PageLoadBoundary } from './PageLoadBoundary';
import { loadedPageModule, loadPageModule, type Modules, type PageModuleName } from './page-modules';
import { PagePlaceholder } from './PagePlaceholder';
import { StartPage } from './StartPage';
import { routeHref, type Route } from './routing';
import { useRoute } from './use-route';
import type { MessageKey } from '../i18n/message-key';

// Pages load on demand: the start page stays light (initial JS budget, issue 3), and the form,
// report and workshop code arrive when first opened — from the same origin, so offline too. A page
// whose code is already in (main.tsx loads the opened route's page first) renders at once, without
// a placeholder in between.
function lazyPage<K extends PageModuleName>(name: K, pick: (m: Modules[K]) => ComponentType) {
  const Lazy = lazy(() => loadPageModule(name).then((m) => ({ default: pick(m) })));
  return function Page() {
    const module = loadedPageModule(name);
    if (module === undefined) return <Lazy />;
    const Loaded = pick(module);
    return <Loaded />;
  };
}

// React.lazy remembers a failed load, so a retry makes the three anew.
function lazyPages() {
  return {
    QuestionnairePage: lazyPage('questionnaire', (m) => m.QuestionnairePage),
    ReportPage: lazyPage('report', (m) => m.ReportPage),
    WorkshopPage: lazyPage('workshop', (m) => m.WorkshopPage),
    ExamplePage: lazy(() => import('./example/ExamplePage').then((m) => ({ default: m.ExamplePage }))),
  };
}

function PageFor({ route, pages }: { route: Route; pages: ReturnType<typeof lazyPages> }) {
  const { QuestionnairePage, ReportPage, WorkshopPage, ExamplePage } = pages;
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'overview':
    case 'section':
    case 'check':
      return <QuestionnairePage />;
    case 'report':
      return <ReportPage />;
    case 'workshop':
      return <WorkshopPage />;
    case 'example':
      return <ExamplePage />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'about':
      return <AboutPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** After navigation, focus moves to the new page's heading (issue 6, item 5); not on first load,
 *  so the skip link stays the first stop for keyboard users. */
function useFocusHeadingOnNavigate(routeKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusHeading = () => {
      const h1 = document.querySelector<HTMLElement>('#main h1');
      h1?.focus();
      // While a lazy page loads, Suspense keeps the old page hidden: its h1 cannot take focus.
      return h1 !== null && document.activeElement === h1;
    };
    if (focusHeading()) return;
    // A lazily loaded page has no h1 yet on its first visit: focus it when it arrives.
    const main = document.getElementById('main');
    if (main === null) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [routeKey]);
}

// The hash holds the route, so the skip link must not change it: move focus by hand.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

const NAV: Route['name'][] = ['start', 'overview', 'report', 'workshop'];
const NAV_LABEL: Partial<Record<Route['name'], string>> = {
  start: 'ui.app.nav.start',
  overview: 'ui.app.nav.questionnaire',
  report: 'ui.app.nav.report',
  workshop: 'ui.app.nav.workshop',
};

function isCurrent(item: Route['name'], route: Route): boolean {
  if (item === 'overview') return ['overview', 'section', 'check'].includes(route.name);
  return item === route.name;
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [largeText, setLargeText] = useState(loadLargeText);
  const [load, setLoad] = useState(() => ({ attempt: 0, pages: lazyPages() }));
  const retryLoad = () => setLoad((l) => ({ attempt: l.attempt + 1, pages: lazyPages() }));
  useFocusHeadingOnNavigate(routeHref(route) + (route.name === 'section' ? '' : route.name));

  const toggleLargeText = (on: boolean) => {
    setLargeText(on);
    saveLargeText(on);
  };

  return (
    <div className={`voorbeeld-theme utrecht-document pm-app${largeText ? ' pm-large-text' : ''}`}>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" onClick={skipToMain}>
        {t('ui.app.skipLink')}
      </a>
      <header className="pm-header">
        <div className="pm-header__inner">
          <a className="pm-brand" href={routeHref({ name: 'start' })}>
            <span className="pm-brand__name">{t('ui.app.name')}</span>
            <span className="pm-brand__tagline">{t('ui.app.tagline')}</span>
          </a>
          <div className="pm-header__tools">
            <LanguageSwitch />
            <LargeTextToggle on={largeText} onToggle={toggleLargeText} />
          </div>
        </div>
        <nav className="pm-nav" aria-label={t('ui.app.nav.label')}>
          <ul>
            {NAV.map((name) => (
              <li key={name}>
                <a
                  className="pm-nav__link"
                  href={routeHref({ name } as Route)}
                  aria-current={isCurrent(name, route) ? 'page' : undefined}
                >
                  {t(NAV_LABEL[name] ?? '')}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className={`pm-main${route.name === 'workshop' ? ' pm-main--wide' : ''}`} tabIndex={-1}>
        <StorageNotices />
        {/* A page that fails leaves the header and navigation working; another page resets it. */}
        <AppErrorBoundary key={route.name}>
          <PageLoadBoundary key={load.attempt} onRetry={retryLoad}>
            <Suspense fallback={<PagePlaceholder />}>
              <PageFor route={route} pages={load.pages} />
            </Suspense>
          </PageLoadBoundary>
        </AppErrorBoundary>
      </main>
      <footer className="pm-footer">
        <p className="utrecht-paragraph">{t('ui.app.footer.privacy')}</p>
        <p className="utrecht-paragraph">{t('ui.app.footer.method')}</p>
        <nav aria-label={t('ui.app.footer.label')}>
          <ul className="pm-footer__links">
            {(['accessibility', 'about'] as const).map((name) => (
              <li key={name}>
                <a
                  className="utrecht-link"
                  href={routeHref({ name })}
                  aria-current={route.name === name ? 'page' : undefined}
                >
                  {t(`ui.app.footer.${name}` satisfies MessageKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </footer>
    </div>
  );
}
