import { describe, expect, it } from 'vitest';
import type { AppManifestEntry } from '@carecircle/ui';
import { visibleApps } from './manifest.js';

const app = (id: string, roles: string[]): AppManifestEntry => ({
  id,
  path: `/${id}`,
  base: `/apps/${id}/`,
  title: { 'zh-CN': id, en: id },
  roles,
});
const apps = [app('planner', ['PLANNER', 'VIEWER']), app('stations', ['STREET_OFFICE']), app('agreements', ['HEALTH_BUREAU'])];

describe('visibleApps', () => {
  it('lists the apps whose manifest entry names the role', () => {
    expect(visibleApps(apps, 'STREET_OFFICE').map((a) => a.id)).toEqual(['stations']);
    expect(visibleApps(apps, 'VIEWER').map((a) => a.id)).toEqual(['planner']);
  });
  it('lists every app for the administrator and none for an unknown role', () => {
    expect(visibleApps(apps, 'ADMIN')).toHaveLength(3);
    expect(visibleApps(apps, 'SOMEONE')).toEqual([]);
  });
});
