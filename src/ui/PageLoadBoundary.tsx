import { Component, type ErrorInfo, type ReactNode } from 'react';
import { LoadFailed } from './LoadFailed';

/** A module that did not arrive: Chromium, Firefox and Safari word it differently. */
function isLoadError(error: unknown): boolean {
  // Walk the causes too: a loader (or a test's module mock) may wrap the browser's error.
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
    if (
      /dynamically imported module|module script|Failed to fetch|Load failed|Loading chunk/i.test(e.message)
    )
      return true;
  return false;
}

interface PageLoadBoundaryProps {
  /** Loads the page again (App makes its lazy pages anew: React.lazy keeps a failed load). */
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/** Around the lazily loaded pages: a page whose code cannot be fetched (offline on a first visit,
 *  a new version on the server) shows a message with Try again instead of a blank app. React
 *  catches render errors only in a class component. */
export class PageLoadBoundary extends Component<PageLoadBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    // Any other error is a page that broke, not one that did not arrive: the app's error
    // boundary around this one says so (and offers the stored answers).
    if (!isLoadError(error)) throw error;
    return <LoadFailed onRetry={this.props.onRetry} />;
  }
}
