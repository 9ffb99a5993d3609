import { ApolloProvider, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  DEFAULT_MAP,
  ErrorPanel,
  LANG_NAMES,
  LangProvider,
  MapDefaultsProvider,
  ROLE_LABELS,
  useT,
  type AppManifestEntry,
  type CurrentUser,
  type Lang,
  type MapDefaults,
} from '@carecircle/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createApolloClient } from './apollo.js';
import { AppHost } from './app-host.js';
import { graphql } from './gql/index.js';
import { homeApp, loadManifest, visibleApps } from './manifest.js';
import { messages } from './messages.js';
import { navigate, usePath } from './router.js';
import { MeQuery, SignOutMutation } from './session.js';
import { SettingsDialog } from './settings-dialog.js';
import { SignInPage } from './sign-in-page.js';

const LANG_KEY = 'carecircle.lang';
const RASTER_KEY = 'carecircle.rasterUrl';

const ReviewCountQuery = graphql(`
  query ShellReviewCount {
    reviewInboxCount
  }
`);

/**
 * The number of items waiting for review, beside an app's title in the navigation. It reads the
 * same cached field as the review inbox, so approving or rejecting there updates it at once.
 */
function ReviewBadge({ app }: { app: AppManifestEntry }) {
  const t = useT(messages);
  const count = useQuery(ReviewCountQuery, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  const n = count.data?.reviewInboxCount;
  if (n == null) return null;
  return (
    <span
      className={n > 0 ? 'shell-badge shell-badge-waiting' : 'shell-badge'}
      data-testid="nav-review-count"
      title={t('reviewCountTitle', { n })}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        navigate(`${app.path}/inbox`);
      }}
    >
      {t('reviewCount', { n })}
    </span>
  );
}

function Header({
  apps,
  current,
  lang,
  setLang,
  openSettings,
  user,
  onSignOut,
}: {
  apps: AppManifestEntry[];
  current: string | null;
  lang: Lang;
  setLang: (l: Lang) => void;
  openSettings: () => void;
  user: CurrentUser | null;
  onSignOut: () => void;
}) {
  const t = useT(messages);
  return (
    <header className="shell-header">
      <strong className="shell-title" title={`CareCircle · ${t('title')}`}>
        CareCircle <span className="shell-subtitle">· {t('title')}</span>
      </strong>
      <nav>
        {apps.map((a) => (
          <a
            key={a.id}
            href={a.path}
            data-action={a.action}
            data-app={a.id}
            className={current === a.id ? 'active' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(a.path);
            }}
          >
            <span className="shell-app-title">{a.title[lang]}</span>
            {a.badge === 'reviewInbox' && user?.viewerCan.reviewFacilities && <ReviewBadge app={a} />}
          </a>
        ))}
      </nav>
      <span className="shell-spacer" />
      {user && (
        <span className="shell-user" data-testid="current-user">
          <span className="shell-user-name" title={user.displayName}>
            {user.displayName}
            <small>
              {ROLE_LABELS[user.role][lang]}
              {user.division ? ` · ${user.division.name}` : ''}
            </small>
          </span>
          <button type="button" onClick={onSignOut}>
            {t('signOut')}
          </button>
        </span>
      )}
      <button type="button" onClick={openSettings}>
        {t('settings')}
      </button>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-switch" aria-label={t('language')}>
        {Object.entries(LANG_NAMES).map(([l, name]) => (
          <option key={l} value={l}>
            {name}
          </option>
        ))}
      </select>
    </header>
  );
}

/** The host page: sign-in, navigation by the user's actions, language, the shared Apollo client and map defaults; apps load at run time. */
export function Shell() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN'));
  const langRef = useRef(lang);
  langRef.current = lang;
  const client = useMemo(() => createApolloClient(() => langRef.current), []);
  const [rasterUrl, setRasterUrl] = useState<string | null>(() => localStorage.getItem(RASTER_KEY));
  const mapDefaults = useMemo<MapDefaults>(() => ({ ...DEFAULT_MAP, rasterUrl }), [rasterUrl]);
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
    // Cached results carry server messages in the old language; fetch again in the new one.
    void client.refetchObservableQueries();
  }, [lang, client]);
  return (
    <LangProvider lang={lang}>
      <ApolloProvider client={client}>
        <MapDefaultsProvider value={mapDefaults}>
          <ShellBody lang={lang} setLang={setLang} rasterUrl={rasterUrl} setRasterUrl={setRasterUrl} />
        </MapDefaultsProvider>
      </ApolloProvider>
    </LangProvider>
  );
}

function ShellBody({
  lang,
  setLang,
  rasterUrl,
  setRasterUrl,
}: {
  lang: Lang;
  setLang: (l: Lang) => void;
  rasterUrl: string | null;
  setRasterUrl: (u: string | null) => void;
}) {
  const t = useT(messages);
  const client = useApolloClient();
  const me = useQuery(MeQuery, { fetchPolicy: 'network-only' });
  const [signOut] = useMutation(SignOutMutation);
  const user = useMemo<CurrentUser | null>(() => (me.data?.me ? { ...me.data.me, viewerCan: me.data.viewerCan } : null), [me.data]);
  const [manifest, setManifest] = useState<AppManifestEntry[] | null>(null);
  const [manifestError, setManifestError] = useState<unknown>(null);
  const [settings, setSettings] = useState(false);
  const path = usePath();

  useEffect(() => {
    loadManifest().then(setManifest, setManifestError);
  }, []);
  const apps = useMemo(() => (manifest && user ? visibleApps(manifest, user.viewerCan.actions) : []), [manifest, user]);
  const current = apps.find((a) => path === a.path || path.startsWith(a.path + '/')) ?? null;
  useEffect(() => {
    const home = user && !current ? homeApp(apps, user.viewerCan.actions) : null;
    if (home) navigate(home.path);
  }, [user, apps, current]);

  let body;
  if (manifestError) body = <ManifestError error={manifestError} />;
  else if (me.error) body = <ErrorPanel error={me.error} onRetry={() => void me.refetch()} />;
  else if (!me.data) body = null;
  else if (!user) body = <SignInPage onSignedIn={() => void client.resetStore()} />;
  else if (manifest && apps.length === 0) body = <p style={{ padding: 16 }}>{t('noApps')}</p>;
  else if (current) body = <AppHost key={current.id} app={current} lang={lang} user={user} />;
  else body = manifest && path !== '/' ? <NotFound /> : null;

  return (
    <div className="shell">
      <Header
        apps={apps}
        current={current?.id ?? null}
        lang={lang}
        setLang={setLang}
        openSettings={() => setSettings(true)}
        user={user}
        onSignOut={async () => {
          await signOut().catch(() => undefined);
          await client.clearStore();
          await me.refetch();
        }}
      />
      <main className="shell-main">{body}</main>
      {settings && (
        <SettingsDialog
          rasterUrl={rasterUrl}
          onClose={() => setSettings(false)}
          onSave={(url) => {
            if (url) localStorage.setItem(RASTER_KEY, url);
            else localStorage.removeItem(RASTER_KEY);
            setRasterUrl(url);
            setSettings(false);
          }}
        />
      )}
    </div>
  );
}

function ManifestError({ error }: { error: unknown }) {
  const t = useT(messages);
  return <ErrorPanel title={t('manifestFailed')} error={error} />;
}

function NotFound() {
  const t = useT(messages);
  return <p style={{ padding: 16 }}>{t('notFound')}</p>;
}
