import type { ComponentType } from 'react';
import type { Role } from './gql/enums.js';
import type { Lang } from './i18n.js';

/** The signed-in user, as the API's `me` reports it. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** A street office's jurisdiction. */
  division: { id: string; name: string } | null;
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
  /** Roles that see the app (ADMIN sees every app). */
  roles: string[];
}

/** What each app's build writes to `app-manifest.json`: its entry module and stylesheets, relative to its base. */
export interface AppBuildManifest {
  entry: string;
  css: string[];
}
