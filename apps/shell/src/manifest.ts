import type { AppBuildManifest, AppManifestEntry } from '@carecircle/ui';

/** Reads the shell's list of apps (deploy-time configuration, not compiled in). */
export async function loadManifest(): Promise<AppManifestEntry[]> {
  const res = await fetch('/apps.json', { cache: 'no-cache' });
  if (!res.ok) throw new Error(`/apps.json: HTTP ${res.status}`);
  return ((await res.json()) as { apps: AppManifestEntry[] }).apps;
}

/**
 * Which apps a user sees. Sign-in and roles do not exist yet, so every app is listed; once they do,
 * this keeps the entries whose `roles` include one of the user's.
 */
export function visibleApps(apps: AppManifestEntry[], roles: string[] | null): AppManifestEntry[] {
  return roles === null ? apps : apps.filter((a) => a.roles.some((r) => roles.includes(r)));
}

/** Loads an app at run time: its build manifest, its stylesheets, then its ES module. */
export async function loadApp(app: AppManifestEntry): Promise<unknown> {
  const res = await fetch(`${app.base}app-manifest.json`, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${app.base}app-manifest.json: HTTP ${res.status}`);
  const build = (await res.json()) as AppBuildManifest;
  for (const href of build.css.map((c) => app.base + c)) {
    if (document.querySelector(`link[data-app-css="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.appCss = href;
    document.head.appendChild(link);
  }
  const mod = (await import(/* @vite-ignore */ app.base + build.entry)) as { default?: unknown };
  if (typeof mod.default !== 'function') throw new Error(`${app.base}${build.entry}: no app component exported`);
  return mod.default;
}
