import { ErrorBoundary, ErrorPanel, useT, type AppManifestEntry, type CurrentUser, type Lang, type MicroApp } from '@carecircle/ui';
import { useEffect, useState } from 'react';
import { loadApp } from './manifest.js';
import { messages } from './messages.js';

const loaded = new Map<string, Promise<unknown>>();

/** Loads one microfrontend and renders it; a failed load or a thrown error shows an error panel in its area only. */
export function AppHost({ app, lang, user }: { app: AppManifestEntry; lang: Lang; user: CurrentUser }) {
  const t = useT(messages);
  const [state, setState] = useState<{ id: string; component?: MicroApp; error?: unknown }>({ id: app.id });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ id: app.id });
    let promise = loaded.get(app.id);
    if (!promise) loaded.set(app.id, (promise = loadApp(app)));
    promise.then(
      (component) => live && setState({ id: app.id, component: component as MicroApp }),
      (error: unknown) => {
        loaded.delete(app.id);
        if (live) setState({ id: app.id, error });
      },
    );
    return () => {
      live = false;
    };
  }, [app, attempt]);
  const name = app.title[lang];
  if (state.error) return <ErrorPanel title={t('appFailed', { name })} error={state.error} onRetry={() => setAttempt((n) => n + 1)} />;
  const Component = state.id === app.id ? state.component : undefined;
  if (!Component)
    return (
      <p className="cc-muted" style={{ padding: 16 }}>
        {t('loadingApp')}
      </p>
    );
  return (
    <ErrorBoundary
      resetKey={app.id}
      fallback={(error, reset) => <ErrorPanel title={t('appFailed', { name })} error={error} onRetry={reset} />}
    >
      <Component lang={lang} basePath={app.path} user={user} />
    </ErrorBoundary>
  );
}
