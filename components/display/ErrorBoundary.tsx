import { Component, type ErrorInfo, type ReactNode } from 'react';
import { neutralText } from '@/lib/display/text';

interface Props {
  /** What this boundary guards, for the message ("the Log", "this item"). */
  what: string;
  children: ReactNode;
  /** When this changes (e.g. the route or the selected item), the part is tried again. */
  resetKey?: unknown;
}

interface State {
  error?: unknown;
  resetKey?: unknown;
}

/**
 * Keeps one failing part of the panel or dashboard from blanking the rest: shows
 * what failed and why, with a retry; navigation and other parts keep working.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`[replybook] ${this.props.what} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const error = this.state.error;
    const message = neutralText(error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
    return (
      <section className="problem" role="alert">
        <h2>Could not show {this.props.what}</h2>
        <p>
          <code>{message}</code>
        </p>
        <p>The rest of Replybook still works, and nothing stored was changed.</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </section>
    );
  }
}
