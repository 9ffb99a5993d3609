import { describe, expect, it } from 'vitest';
import type { AppManifestEntry } from '@carecircle/ui';
import { homeApp, visibleApps } from './manifest.js';

const app = (id: 'planner' | 'stations' | 'agreements'): AppManifestEntry => ({
  id,
  path: `/${id}`,
  base: `/apps/${id}/`,
  title: { 'zh-CN': id, en: id },
  action: `app:${id}`,
});
const apps = [app('planner'), app('stations'), app('agreements')];

describe('visibleApps', () => {
  it('lists the apps whose opening action is among the user’s actions (viewerCan.actions)', () => {
    expect(visibleApps(apps, ['registry:read', 'facility:register', 'app:stations']).map((a) => a.id)).toEqual(['stations']);
    expect(visibleApps(apps, ['registry:read', 'app:planner']).map((a) => a.id)).toEqual(['planner']);
  });
  it('keeps the manifest’s order, whatever the order of the actions', () => {
    expect(visibleApps(apps, ['app:agreements', 'app:stations', 'app:planner']).map((a) => a.id)).toEqual([
      'planner',
      'stations',
      'agreements',
    ]);
  });
  it('lists none for a user without an app action (or nobody signed in)', () => {
    expect(visibleApps(apps, ['registry:read', 'account:self'])).toEqual([]);
    expect(visibleApps(apps, [])).toEqual([]);
  });
});

describe('homeApp', () => {
  const withHome = [app('planner'), { ...app('stations'), home: 'facility:review' as const }, app('agreements')];
  it('starts a user who holds an app’s home action in that app (civil affairs in the review inbox)', () => {
    expect(homeApp(withHome, ['app:planner', 'app:stations', 'facility:review'])?.id).toBe('stations');
  });
  it('starts everyone else in the first app they see', () => {
    expect(homeApp(withHome, ['app:planner', 'app:stations', 'facility:register'])?.id).toBe('planner');
    expect(homeApp([], ['facility:review'])).toBeNull();
  });
});
