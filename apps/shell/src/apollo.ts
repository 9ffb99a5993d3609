import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { Lang } from '@carecircle/ui';

/** The one Apollo client of the page, shared by every microfrontend; asks the API for messages in the current language. */
export function createApolloClient(getLang: () => Lang): ApolloClient {
  const langLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'accept-language': getLang() } }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([langLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
