import type { ACTIONS, Action } from '@carecircle/domain';
import type { ComponentType } from 'react';
import type { Role } from './gql/enums.js';
import type { Lang } from './i18n.js';

/** The field of `viewerCan` that answers for each action (`registerFacilities` for `facility:register`). */
export type CapabilityField = (typeof ACTIONS)[Action]['field'];

/**
 * What the signed-in user may do, as the API's `viewerCan` reports it: one Boolean per action of
 * the domain's permission table (a new action is a new field here, and the shell's query must ask
 * for it), the action names, and whether the user is held to its own division.
 */
export type ViewerCapabilities = { readonly [F in CapabilityField]: boolean } & {
  /** The names of the actions the user may perform (`app:planner`, `facility:register`, …). */
  readonly actions: readonly string[];
  /** A street office: it works inside its own division only. */
  readonly divisionScoped: boolean;
};

/** The signed-in user, as the API's `me` and `viewerCan` report it. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  /** For display only; what the user may do is in `viewerCan`. */
  role: Role;
  /** A street office's jurisdiction. */
  division: { id: string; name: string } | null;
  /** What the user may do; apps show only what is allowed (and rows by their own `viewerCan…` fields). */
  viewerCan: ViewerCapabilities;
}

/** What the shell passes to a microfrontend it mounts. */
export interface MicroAppProps {
  lang: Lang;
  user: CurrentUser;
  /** The path the app lives under in the shell (e.g. `/planner`). */
  basePath: string;
}

/** A microfrontend bundle's default export. */
export type MicroApp = ComponentType<MicroAppProps>;

/** One entry of the shell's manifest (`apps.json`). */
export interface AppManifestEntry {
  id: string;
  /** Route in the shell. */
  path: string;
  title: Record<Lang, string>;
  /** Where the app is deployed; `<base>app-manifest.json` names its entry module and stylesheets. */
  base: string;
  /** The action that opens the app (e.g. `app:planner`); users whose `viewerCan.actions` list it see it. */
  action: Action;
  /** Users who may perform this action start in this app after signing in (civil affairs: `facility:review` lands on the review inbox). */
  home?: Action;
  /** A count the shell's navigation shows beside the title: `reviewInbox`, the items waiting for review (for users who may review). */
  badge?: 'reviewInbox';
}

/** What each app's build writes to `app-manifest.json`: its entry module and stylesheets, relative to its base. */
export interface AppBuildManifest {
  entry: string;
  css: string[];
}
