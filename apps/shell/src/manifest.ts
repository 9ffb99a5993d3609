import type { AppBuildManifest, AppManifestEntry } from '@carecircle/ui';

/** Reads the shell's list of apps (deploy-time configuration, not compiled in). */
export async function loadManifest(): Promise<AppManifestEntry[]> {
  const res = await fetch('/apps.json', { cache: 'no-cache' });
  if (!res.ok) throw new Error(`/apps.json: HTTP ${res.status}`);
  return ((await res.json()) as { apps: AppManifestEntry[] }).apps;
}

/** Which apps a user sees: the entries whose opening action is one of the user's actions (`viewerCan.actions`). */
export function visibleApps(apps: AppManifestEntry[], actions: readonly string[]): AppManifestEntry[] {
  return apps.filter((a) => actions.includes(a.action));
}

/** The app a user starts in: the first whose `home` action the user holds, else the first the user sees. */
export function homeApp(apps: AppManifestEntry[], actions: readonly string[]): AppManifestEntry | null {
  return apps.find((a) => a.home && actions.includes(a.home)) ?? apps[0] ?? null;
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
