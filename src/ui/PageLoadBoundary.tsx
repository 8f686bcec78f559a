import { Component, type ErrorInfo, type ReactNode } from 'react';
import { LoadFailed } from './LoadFailed';

interface PageLoadBoundaryProps {
  /** Loads the page again (App makes its lazy pages anew: React.lazy keeps a failed load). */
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/** Around the lazily loaded pages: a page whose code cannot be fetched (offline on a first visit,
 *  a new version on the server) shows a message with Try again instead of a blank app. React
 *  catches render errors only in a class component. */
export class PageLoadBoundary extends Component<PageLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <LoadFailed onRetry={this.props.onRetry} />;
  }
}
