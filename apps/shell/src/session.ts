import { graphql } from './gql/index.js';

/** The signed-in user (null when nobody is), as the shell shows it and passes it to the apps. */
export const MeQuery = graphql(`
  query ShellMe {
    me {
      id
      username
      displayName
      role
      division {
        id
        name
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation ShellSignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      expiresAt
      user {
        id
        username
        displayName
        role
        division {
          id
          name
        }
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation ShellSignOut {
    signOut
  }
`);
