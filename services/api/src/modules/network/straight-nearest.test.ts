import { segmentLength } from '@carecircle/walk-engine';
import { describe, expect, it } from 'vitest';
import { straightNearest, type Site } from './walking-data.js';

/** The nearest site by looking at every one: the answer straightNearest must give. */
function everySite(lon: number, lat: number, sites: readonly Site[], excluded?: ReadonlySet<number>) {
  let meters = Infinity;
  let index = -1;
  sites.forEach((s, i) => {
    if (excluded?.has(i)) return;
    const d = segmentLength(lon, lat, s.lon, s.lat);
    if (d < meters) [meters, index] = [d, i];
  });
  return { meters, index };
}

describe('straightNearest', () => {
  it('gives the nearest site (the first of equals) as looking at every site does, with sites left out', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // a district's extent, sites on a coarse grid (many at equal latitudes, some at the same spot)
    const sites: Site[] = Array.from({ length: 400 }, (_, i) => ({
      id: i,
      kind: 'COMMUNITY_STATION',
      lon: 106.4 + Math.round(rnd() * 40) / 100,
      lat: 29.5 + Math.round(rnd() * 40) / 100,
    }));
    const excluded = new Set([3, 50, 51, 399]);
    for (let q = 0; q < 3000; q++) {
      // inside and around the district, and on the sites themselves
      const on = q % 10 === 0 ? sites[q % sites.length] : null;
      const lon = on?.lon ?? 106.2 + rnd() * 0.8;
      const lat = on?.lat ?? 29.3 + rnd() * 0.8;
      expect(straightNearest(lon, lat, sites), `${lon},${lat}`).toEqual(everySite(lon, lat, sites));
      expect(straightNearest(lon, lat, sites, excluded)).toEqual(everySite(lon, lat, sites, excluded));
    }
    expect(straightNearest(106.5, 29.6, [])).toEqual({ meters: Infinity, index: -1 });
    expect(straightNearest(106.5, 29.6, sites, new Set(sites.keys()))).toEqual({ meters: Infinity, index: -1 });
  });
});
