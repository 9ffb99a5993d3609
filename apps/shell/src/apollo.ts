import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import type { Lang } from '@carecircle/ui';

/** The hash graphql-codegen embeds in every generated document (`sha256:<hex>`), without its prefix. */
export function registeredHash(document: DocumentNode): string | undefined {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

/**
 * The one Apollo client of the page, shared by every microfrontend; asks the API for messages in
 * the current language. Generated documents are sent by their hash only (persisted operations: in
 * production the API executes nothing else); a document without one goes as text.
 */
export function createApolloClient(getLang: () => Lang): ApolloClient {
  const langLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': getLang() },
    }));
    return forward(operation);
  });
  const persisted = new PersistedQueryLink({ generateHash: (document) => registeredHash(document) ?? '' });
  const http = new HttpLink({ uri: '/graphql' });
  return new ApolloClient({
    link: ApolloLink.from([
      langLink,
      ApolloLink.split((operation) => registeredHash(operation.query) !== undefined, persisted.concat(http), http),
    ]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
