// Vite entry.
// First: starts loading the texts and the opened page's code (see first-load.ts).
import './zod-config';
import { firstLanguage, firstPage, otherLanguage } from './first-load';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/design-system.css';
import './ui/styles.css';
import { App } from './ui/App';
import { AppErrorBoundary } from './ui/AppErrorBoundary';
import { loadAnswers } from './io/autosave';
import { I18nRoot } from './ui/I18nRoot';
import { AnswersPersistence } from './ui/io/AnswersPersistence';
import { createBrowserI18n, ensureLanguageLoaded } from './i18n/load-language';

const root = document.getElementById('root');
if (root === null) throw new Error('No #root element');

// Read once, before the first render: the app starts with the answers of the last visit. Never
// throws: what cannot be read is set aside and the app starts empty (issue 16, defect 2).
const restored = loadAnswers();

// Only the chosen language's texts load before the first render (both on the report); the other
// follows on a switch. The opened page's code arrives meanwhile, so the first render shows the page
// itself, not a placeholder (if it fails to arrive, the page offers "Try again": PageLoadBoundary).
// No top-level await: the pages import the start-up chunk, which must never wait for them.
async function start(container: HTMLElement): Promise<void> {
  const language = firstLanguage;
  const [i18n] = await Promise.all([
    createBrowserI18n(language, { strict: import.meta.env.DEV }).then(async (instance) => {
      if (otherLanguage !== undefined) await ensureLanguageLoaded(instance, otherLanguage);
      return instance;
    }),
    firstPage?.catch(() => undefined),
  ]);

  createRoot(container).render(
    <StrictMode>
      <I18nRoot i18n={i18n} initialLanguage={language}>
        <AppErrorBoundary>
          <AnswersPersistence initial={restored}>
            <App />
          </AnswersPersistence>
        </AppErrorBoundary>
      </I18nRoot>
    </StrictMode>,
  );
}

void start(root);
