import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'gap-places' });
});
afterAll(async () => api?.stop());

describe('gap zones say where they are', () => {
  it('lists each zone’s residential areas (most older residents first) and names it by the communities they lie in', async () => {
    const r = await api.gql(
      `{ gapZones(group: STATION_OR_CENTER, limit: 20) { rank residentialAreaIds communityNames
           residentialAreas { id olderResidents division { name level } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const zones = r.data.gapZones;
    expect(zones.length).toBeGreaterThan(0);
    for (const z of zones) {
      expect(z.residentialAreas.map((a: any) => a.id).sort()).toEqual([...z.residentialAreaIds].sort());
      const older = z.residentialAreas.map((a: any) => a.olderResidents);
      expect(older).toEqual([...older].sort((a: number, b: number) => b - a));
      const names = new Set(z.residentialAreas.map((a: any) => a.division?.name).filter(Boolean));
      expect(new Set(z.communityNames)).toEqual(names);
      // The community with the most older residents of the zone comes first.
      const byName = new Map<string, number>();
      for (const a of z.residentialAreas) byName.set(a.division.name, (byName.get(a.division.name) ?? 0) + a.olderResidents);
      expect(byName.get(z.communityNames[0])).toBe(Math.max(...byName.values()));
    }
    expect(
      zones.some((z: any) => z.residentialAreas[0].division.level === 'COMMUNITY' || z.residentialAreas[0].division.level === 'VILLAGE'),
    ).toBe(true);
  });

  it('follows a street: every zone of a street’s gap list lies in that street', async () => {
    const street = (await api.gql(`{ divisions(filter: { levels: [STREET] }, first: 1) { nodes { id } } }`)).data.divisions.nodes[0];
    const r = await api.gql(
      `query($d: ID) { gapZones(group: STATION_OR_CENTER, divisionId: $d, limit: 50) { residentialAreas { division { id parent { id } } } } }`,
      { d: street.id },
    );
    expect(r.errors).toBeUndefined();
    for (const z of r.data.gapZones)
      for (const a of z.residentialAreas) expect([a.division.id, a.division.parent?.id]).toContain(street.id);
  });
});

describe('suggested sites say where they are', () => {
  it('names the community each site lies in (or the nearest) and the nearest named road', async () => {
    const r = await api.gql(
      `{ suggestSites(k: 2, group: STATION_OR_CENTER) { sites { location nearestRoad community { name level boundary } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const sites = r.data.suggestSites.sites;
    expect(sites).toHaveLength(2);
    for (const s of sites) {
      expect(['COMMUNITY', 'VILLAGE']).toContain(s.community.level);
      expect(s.community.name).toMatch(/社区|村/);
      expect(s.nearestRoad).toMatch(/\S/);
    }
  });
});
