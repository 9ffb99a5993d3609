import { graphql } from './gql/index.js';

/**
 * The signed-in user (null when nobody is) and what they may do, as the shell shows it and passes
 * it to the apps. Every capability of the permission table is asked for: `CurrentUser.viewerCan`
 * requires them all, so a new action fails the build until it is listed here.
 */
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
    viewerCan {
      actions
      divisionScoped
      readRegistry
      changeOwnPassword
      registerFacilities
      reviewFacilities
      editFacilitiesDirectly
      closeFacilities
      restoreFacilities
      uploadFacilities
      importApprovedFacilities
      manageMedicalInstitutions
      manageAgreements
      manageResidentialAreas
      runAnalyses
      readAuditLog
      manageDivisions
      manageUsers
      openPlanner
      openStations
      openAgreements
      readWorkers
      manageWorkers
      readWorkerIdNumbers
      manageEmployers
      importDishonestyList
      manageTalentLibraries
      readWorkforceFigures
      openWorkforce
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
