import { ApolloProvider } from '@apollo/client/react';
import { DEFAULT_MAP, ErrorPanel, LangProvider, MapDefaultsProvider, useT, type AppManifestEntry, type Lang, type MapDefaults } from '@carecircle/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createApolloClient } from './apollo.js';
import { AppHost } from './app-host.js';
import { loadManifest, visibleApps } from './manifest.js';
import { messages } from './messages.js';
import { navigate, usePath } from './router.js';
import { SettingsDialog } from './settings-dialog.js';

const LANG_KEY = 'carecircle.lang';
const RASTER_KEY = 'carecircle.rasterUrl';

function Header({ apps, current, lang, setLang, openSettings }: { apps: AppManifestEntry[]; current: string | null; lang: Lang; setLang: (l: Lang) => void; openSettings: () => void }) {
  const t = useT(messages);
  return (
    <header className="shell-header">
      <strong className="shell-title">CareCircle · {t('title')}</strong>
      <nav>
        {apps.map((a) => (
          <a
            key={a.id}
            href={a.path}
            data-roles={a.roles.join(' ')}
            className={current === a.id ? 'active' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(a.path);
            }}
          >
            {a.title[lang]}
          </a>
        ))}
      </nav>
      <span className="shell-spacer" />
      <button type="button" onClick={openSettings}>{t('settings')}</button>
      <label>
        {t('language')}{' '}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-switch">
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}

/** The host page: navigation, language, the shared Apollo client and map defaults; apps load at run time. */
export function Shell() {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN'));
  const langRef = useRef(lang);
  langRef.current = lang;
  const client = useMemo(() => createApolloClient(() => langRef.current), []);
  const [rasterUrl, setRasterUrl] = useState<string | null>(() => localStorage.getItem(RASTER_KEY));
  const mapDefaults = useMemo<MapDefaults>(() => ({ ...DEFAULT_MAP, rasterUrl }), [rasterUrl]);
  const [apps, setApps] = useState<AppManifestEntry[] | null>(null);
  const [manifestError, setManifestError] = useState<unknown>(null);
  const [settings, setSettings] = useState(false);
  const path = usePath();

  useEffect(() => {
    loadManifest().then((all) => setApps(visibleApps(all, null)), setManifestError);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
    // Cached results carry server messages in the old language; fetch again in the new one.
    void client.refetchObservableQueries();
  }, [lang, client]);
  useEffect(() => {
    if (apps?.length && path === '/') navigate(apps[0].path);
  }, [apps, path]);

  const current = apps?.find((a) => path === a.path || path.startsWith(a.path + '/')) ?? null;
  return (
    <LangProvider lang={lang}>
      <ApolloProvider client={client}>
        <MapDefaultsProvider value={mapDefaults}>
          <div className="shell">
            <Header apps={apps ?? []} current={current?.id ?? null} lang={lang} setLang={setLangState} openSettings={() => setSettings(true)} />
            <main className="shell-main">
              {manifestError ? <ManifestError error={manifestError} /> : current ? <AppHost key={current.id} app={current} lang={lang} /> : apps && path !== '/' ? <NotFound /> : null}
            </main>
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
        </MapDefaultsProvider>
      </ApolloProvider>
    </LangProvider>
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
