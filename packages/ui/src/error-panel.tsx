import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n.js';
import { uiMessages } from './messages.js';

/** Says that a part of the page failed and why, with an optional retry. */
export function ErrorPanel({ title, error, onRetry }: { title?: string; error: unknown; onRetry?: () => void }) {
  const t = useT(uiMessages);
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="cc-error-panel" role="alert" data-testid="error-panel">
      <strong>{title ?? t('errorTitle')}</strong>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** Changing this key clears a caught error (e.g. on navigation). */
  resetKey?: unknown;
}

/** Catches errors thrown while rendering its children, so one failing app leaves the rest working. */
export class ErrorBoundary extends Component<BoundaryProps, { error: Error | null; key: unknown }> {
  state = { error: null as Error | null, key: this.props.resetKey };
  static getDerivedStateFromProps(props: BoundaryProps, state: { error: Error | null; key: unknown }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[carecircle] module failed', error, info.componentStack);
  }
  render() {
    return this.state.error ? this.props.fallback(this.state.error, () => this.setState({ error: null })) : this.props.children;
  }
}
