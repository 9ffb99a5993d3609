import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useMutation, useQuery } from '@apollo/client/react';
import { gql } from '@apollo/client';
import { ACTIONS } from '@carecircle/domain';
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import {
  DEFAULT_MAP,
  LANG_NAMES,
  LangProvider,
  MapDefaultsProvider,
  type CurrentUser,
  type Lang,
  type MicroApp,
  type ViewerCapabilities,
} from './index.js';

// Every capability of the permission table (the dev server sends text, so the selection can be built here).
const CAPABILITIES = Object.values(ACTIONS)
  .map((a) => a.field)
  .join(' ');
const ME = gql`query DevMe { me { id username displayName role division { id name } } viewerCan { actions divisionScoped ${CAPABILITIES} } }`;
const SIGN_IN = gql`
  mutation DevSignIn($u: String!, $p: String!) {
    signIn(username: $u, password: $p) {
      token
    }
  }
`;

/** Minimal sign-in for the standalone dev server (the shell has the real page). */
function DevSession({ children }: { children: (user: CurrentUser) => React.ReactNode }) {
  const me = useQuery<{ me: Omit<CurrentUser, 'viewerCan'> | null; viewerCan: ViewerCapabilities }>(ME);
  const [signIn] = useMutation(SIGN_IN);
  const [u, setU] = useState('');
  const [p, setP] = useState('');
  if (!me.data) return null;
  if (me.data.me) return <>{children({ ...me.data.me, viewerCan: me.data.viewerCan })}</>;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        await signIn({ variables: { u, p } });
        await me.refetch();
      }}
    >
      <input value={u} onChange={(e) => setU(e.target.value)} placeholder="username" />
      <input value={p} onChange={(e) => setP(e.target.value)} type="password" placeholder="password" />
      <button type="submit">sign in</button>
    </form>
  );
}

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
                  {Object.entries(LANG_NAMES).map(([l, name]) => (
                    <option key={l} value={l}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
                <DevSession>{(user) => <App lang={lang} basePath={basePath} user={user} />}</DevSession>
              </div>
            </div>
          </MapDefaultsProvider>
        </ApolloProvider>
      </LangProvider>
    );
  }
  createRoot(document.getElementById('root')!).render(<Host />);
}
