import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { withTranslation } from 'react-i18next';
import { ANSWERS_STORAGE_KEY, browserStorage } from '../io/autosave';
import { downloadTextFile } from '../io/download';

interface Props {
  t: TFunction;
  children: ReactNode;
}

/** Whatever a page throws, the app never goes blank (issue 16, defect 2): it says what happened,
 *  that the stored answers are untouched, and offers them as a file and a fresh start. */
class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever supports the user; nothing leaves the device.
    console.error(error, info.componentStack);
  }

  private downloadStored = () => {
    const text = browserStorage()?.getItem(ANSWERS_STORAGE_KEY);
    if (typeof text === 'string') downloadTextFile('stored-answers.json', text);
  };

  override render() {
    const { t, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <main className="pm-main" role="alert">
        <h1 className="utrecht-heading-1">{t('ui.app.crash.title')}</h1>
        <p className="utrecht-paragraph">{t('ui.app.crash.body')}</p>
        <div className="pm-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => location.reload()}
          >
            {t('ui.app.crash.reload')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={this.downloadStored}
          >
            {t('ui.app.crash.download')}
          </button>
        </div>
      </main>
    );
  }
}

export const AppErrorBoundary = withTranslation()(ErrorBoundary);
