// Vite entry.
import './zod-config';
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
import { createBrowserI18n } from './i18n/load-language';
import { loadLanguage } from './io/preferences';

const root = document.getElementById('root');
if (root === null) throw new Error('No #root element');

// Read once, before the first render: the app starts with the answers of the last visit.
const restored = loadAnswers();

// Only the chosen language's texts load before the first render; the other follows on a switch.
const language = loadLanguage();
const i18n = await createBrowserI18n(language, { strict: import.meta.env.DEV });

createRoot(root).render(
  <StrictMode>
    <I18nRoot i18n={i18n} initialLanguage={language}>
      <AnswersPersistence initial={restored}>
        <App />
      </AnswersPersistence>
    </I18nRoot>
  </StrictMode>,
);
