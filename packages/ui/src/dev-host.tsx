import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { DEFAULT_MAP, LangProvider, MapDefaultsProvider, type Lang, type MicroApp } from './index.js';

/** Runs one microfrontend alone (its own dev server), with the providers the shell would give it. */
export function runStandalone(App: MicroApp, basePath: string): void {
  const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });
  function Host() {
    const [lang, setLang] = useState<Lang>('zh-CN');
    return (
      <LangProvider lang={lang}>
        <ApolloProvider client={client}>
          <MapDefaultsProvider value={DEFAULT_MAP}>
            <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
              <div style={{ padding: 4, background: '#eee' }}>
                <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
                  <option value="zh-CN">简体中文</option>
                  <option value="en">English</option>
                </select>
              </div>
              <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
                <App lang={lang} basePath={basePath} />
              </div>
            </div>
          </MapDefaultsProvider>
        </ApolloProvider>
      </LangProvider>
    );
  }
  createRoot(document.getElementById('root')!).render(<Host />);
}
