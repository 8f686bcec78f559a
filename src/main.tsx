// Vite entry.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// NL Design System: a municipality can swap this theme for its own (tokens); the components stay.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import './ui/styles.css';
import { App } from './ui/App';
import { loadAnswers } from './io/autosave';
import { I18nRoot } from './ui/I18nRoot';
import { AnswersPersistence } from './ui/io/AnswersPersistence';
import { createBrowserI18n, ensureLanguageLoaded, preloadLanguage } from './i18n/load-language';
import { loadLanguage } from './io/preferences';
import { loadPageModule, pageModuleFor } from './ui/page-modules';
import { parseRoute } from './ui/routing';

const root = document.getElementById('root');
if (root === null) throw new Error('No #root element');

// Read once, before the first render: the app starts with the answers of the last visit.
const restored = loadAnswers();

// Only the chosen language's texts load before the first render; the other follows on a switch.
// The opened route's page code loads at the same time, not after the texts (issue 17: one round
// of requests after the bundle instead of two), and the first render shows the page itself.
const language = loadLanguage();
const route = parseRoute(window.location.hash);
const page = pageModuleFor(route);
const other = language === 'nl' ? 'en' : 'nl';
// The report's glossary shows both languages: fetch the other one now too, not after a placeholder.
if (route.name === 'report') preloadLanguage(other);
const [i18n] = await Promise.all([
  createBrowserI18n(language, { strict: import.meta.env.DEV }).then(async (instance) => {
    if (route.name === 'report') await ensureLanguageLoaded(instance, other);
    return instance;
  }),
  page === undefined ? undefined : loadPageModule(page),
]);

createRoot(root).render(
  <StrictMode>
    <I18nRoot i18n={i18n} initialLanguage={language}>
      <AnswersPersistence initial={restored}>
        <App />
      </AnswersPersistence>
    </I18nRoot>
  </StrictMode>,
);
