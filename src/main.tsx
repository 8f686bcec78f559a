// Vite entry.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// NL Design System: a municipality can swap this theme for its own (tokens); the components stay.
import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import './ui/styles.css';
import { App } from './ui/App';
import { AnswersProvider } from './ui/answers-store';
import { I18nRoot } from './ui/I18nRoot';

const root = document.getElementById('root');
if (root === null) throw new Error('No #root element');

createRoot(root).render(
  <StrictMode>
    <I18nRoot>
      <AnswersProvider>
        <App />
      </AnswersProvider>
    </I18nRoot>
  </StrictMode>,
);
