import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CurrentUser } from '@carecircle/ui';

const USER_FIELDS = 'id username displayName role division { id name }';

export const MeQuery: TypedDocumentNode<{ me: CurrentUser | null }> = gql`
  query ShellMe { me { ${USER_FIELDS} } }
`;

export const SignInMutation: TypedDocumentNode<{ signIn: { expiresAt: string; user: CurrentUser } }, { username: string; password: string }> = gql`
  mutation ShellSignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) { expiresAt user { ${USER_FIELDS} } }
  }
`;

export const SignOutMutation: TypedDocumentNode<{ signOut: boolean }> = gql`
  mutation ShellSignOut { signOut }
`;
