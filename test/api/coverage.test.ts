import { buildGraphFromGeoJSON, distanceAt, nearestFacility, snap } from '@carecircle/walk-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WalkingNetwork } from '@carecircle/api/dist/modules/network/walking-network.js';
import { registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'coverage' });
});
afterAll(async () => api?.stop());

const groupOf = (summary: any, group: string) => summary.groups.find((g: any) => g.group === group);

describe('coverage figures on the demo district', () => {
  it('counts older residents within 15 minutes per group, consistently nested', async () => {
    const r = await api.gql(
      `{ coverage { method meters completeCircles circleTarget groups { group coveredOlder totalOlder share } children { division { name } groups { group coveredOlder totalOlder } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.coverage;
    expect(c.method).toBe('NETWORK');
    expect(c.meters).toBe(900);
    expect(c.circleTarget).toBe(151);
    const soc = groupOf(c, 'STATION_OR_CENTER');
    expect(soc.coveredOlder).toBeGreaterThanOrEqual(groupOf(c, 'COMMUNITY_STATION').coveredOlder);
    expect(groupOf(c, 'COMPLETE_CIRCLE').coveredOlder).toBeLessThanOrEqual(Math.min(soc.coveredOlder, groupOf(c, 'MEDICAL').coveredOlder));
    expect(c.children).toHaveLength(22);
    const childSum = c.children.reduce((s: number, ch: any) => s + groupOf(ch, 'STATION_OR_CENTER').coveredOlder, 0);
    expect(childSum).toBe(soc.coveredOlder);
    const ten = (await api.gql(`{ coverage(minutes: 10) { groups { group coveredOlder } } }`)).data.coverage;
    expect(groupOf(ten, 'STATION_OR_CENTER').coveredOlder).toBeLessThanOrEqual(soc.coveredOlder);
  });

  it('states the data revision it was computed at, which goes up with a change of the data', async () => {
    const revision = async () =>
      Number((await api.db.orm.em.getConnection().execute<{ n: string }[]>(`select sum(revision) as n from data_revision`))[0].n);
    const before = (await api.gql(`{ coverage { dataRevision children { dataRevision } } }`)).data.coverage;
    expect(before.dataRevision).toBe(await revision());
    expect(before.children[0].dataRevision).toBe(before.dataRevision);
    await api.db.orm.em
      .getConnection()
      .execute(`update residential_area set older_residents = older_residents where id = (select min(id) from residential_area)`);
    const after = (await api.gql(`{ coverage { dataRevision } }`)).data.coverage;
    expect(after.dataRevision).toBe(await revision());
    expect(after.dataRevision).toBeGreaterThan(before.dataRevision);
  });

  it('rejects an impossible walking speed with a field error', async () => {
    const r = await api.gql(`{ coverage(speed: 0) { meters } }`);
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields![0].field).toBe('speed');
  });
});

describe('walking profiles on the demo district (its stairways and slopes)', () => {
  const query = `query($p: WalkProfile) { coverage(profile: $p) { profile elevationLoaded groups { group coveredOlder totalOlder }
    children { division { id name } groups { group coveredOlder } } } }`;

  it('older residents reach less in 15 minutes than STANDARD in every street/town and group, wheelchair users less still in the district', async () => {
    const by: Record<string, any> = {};
    for (const p of ['STANDARD', 'ELDERLY', 'WHEELCHAIR']) {
      const r = await api.gql(query, { p });
      expect(r.errors).toBeUndefined();
      by[p] = r.data.coverage;
      expect(by[p]).toMatchObject({ profile: p, elevationLoaded: true });
    }
    for (const g of ['COMMUNITY_STATION', 'STATION_OR_CENTER', 'MEDICAL', 'COMPLETE_CIRCLE']) {
      const [s, e, w] = ['STANDARD', 'ELDERLY', 'WHEELCHAIR'].map((p) => groupOf(by[p], g).coveredOlder);
      expect(e, g).toBeLessThanOrEqual(s);
      expect(w, g).toBeLessThanOrEqual(e);
      // Per street/town only ELDERLY is nested in STANDARD: a wheelchair user reaches a facility
      // whose nearest street is a stairway from the nearest street they can use, which may be nearer.
      by.STANDARD.children.forEach((ch: any, i: number) => {
        expect(groupOf(by.ELDERLY.children[i], g).coveredOlder).toBeLessThanOrEqual(groupOf(ch, g).coveredOlder);
      });
    }
    console.log(
      `[coverage] older residents within 15 min of a station or centre: ${['STANDARD', 'ELDERLY', 'WHEELCHAIR']
        .map((p) => `${p} ${groupOf(by[p], 'STATION_OR_CENTER').coveredOlder}`)
        .join(', ')} of ${groupOf(by.STANDARD, 'STATION_OR_CENTER').totalOlder}`,
    );
    // The hills cost something: not a relabelled STANDARD.
    expect(groupOf(by.ELDERLY, 'STATION_OR_CENTER').coveredOlder).toBeLessThan(groupOf(by.STANDARD, 'STATION_OR_CENTER').coveredOlder);
    expect(groupOf(by.WHEELCHAIR, 'STATION_OR_CENTER').coveredOlder).toBeLessThan(groupOf(by.ELDERLY, 'STATION_OR_CENTER').coveredOlder);
  });

  it('gap zones, scenarios and site suggestions measure with the same profile', async () => {
    const cov = (await api.gql(query, { p: 'WHEELCHAIR' })).data.coverage;
    const soc = groupOf(cov, 'STATION_OR_CENTER');
    const zones = await api.gql(`{ gapZones(profile: WHEELCHAIR, limit: 1000) { uncoveredOlder } }`);
    expect(zones.errors).toBeUndefined();
    expect(zones.data.gapZones.reduce((s: number, z: any) => s + z.uncoveredOlder, 0)).toBe(soc.totalOlder - soc.coveredOlder);
    const closeOne = (
      await api.gql(`{ facilities(filter: { kinds: [COMMUNITY_STATION], statuses: [APPROVED] }, first: 1) { nodes { id } } }`)
    ).data.facilities.nodes[0].id;
    const cmp = await api.gql(
      `query($id: ID!) { compareScenario(changes: [{ action: "CLOSE", facilityId: $id }], profile: WHEELCHAIR) {
         baseline { profile groups { group coveredOlder } } scenario { profile groups { group coveredOlder } } } }`,
      { id: closeOne },
    );
    expect(cmp.errors).toBeUndefined();
    const { baseline, scenario } = cmp.data.compareScenario;
    expect(baseline.profile).toBe('WHEELCHAIR');
    expect(groupOf(baseline, 'STATION_OR_CENTER').coveredOlder).toBe(soc.coveredOlder);
    expect(groupOf(scenario, 'STATION_OR_CENTER').coveredOlder).toBeLessThanOrEqual(soc.coveredOlder);
    const sug = await api.gql(`{ suggestSites(k: 2, profile: WHEELCHAIR) { uncoveredOlderBefore newlyCoveredOlder sites { rank } } }`);
    expect(sug.errors).toBeUndefined();
    expect(sug.data.suggestSites.uncoveredOlderBefore).toBe(soc.totalOlder - soc.coveredOlder);
    expect(sug.data.suggestSites.newlyCoveredOlder).toBeGreaterThan(0);
  });
});

describe('gap zones', () => {
  it('hold exactly the uncovered older residents, ranked', async () => {
    const r = await api.gql(
      `{ gapZones(limit: 1000) { rank uncoveredOlder areaCount residentialAreaIds geometry } coverage { groups { group coveredOlder totalOlder } } }`,
    );
    expect(r.errors).toBeUndefined();
    const zones = r.data.gapZones as any[];
    const soc = groupOf(r.data.coverage, 'STATION_OR_CENTER');
    expect(zones.reduce((s, z) => s + z.uncoveredOlder, 0)).toBe(soc.totalOlder - soc.coveredOlder);
    for (let i = 1; i < zones.length; i++) expect(zones[i - 1].uncoveredOlder).toBeGreaterThanOrEqual(zones[i].uncoveredOlder);
    expect(zones[0].rank).toBe(1);
    expect(zones[0].geometry.type).toBe('Polygon');
    expect(zones[0].residentialAreaIds).toHaveLength(zones[0].areaCount);
  });
});

describe('site suggestions', () => {
  it('choose sites that together cover more than any single candidate they rejected', async () => {
    const zones = (await api.gql(`{ gapZones(limit: 10) { geometry } }`)).data.gapZones as any[];
    // Candidates: a few points in each of the largest gap zones.
    const candidates = zones
      .flatMap((z) =>
        z.geometry.coordinates[0].filter((_: unknown, i: number) => i % 15 === 0).map(([lon, lat]: number[]) => ({ lon, lat })),
      )
      .slice(0, 10);
    const q = `query($k: Int!, $c: [LonLatInput!]) { suggestSites(k: $k, candidates: $c) { newlyCoveredOlder candidates solver optimal sites { rank newlyCoveredOlder location residentialAreaIds } } }`;
    const three = (await api.gql(q, { k: 3, c: candidates })).data.suggestSites;
    expect(three.sites).toHaveLength(3);
    expect(three.newlyCoveredOlder).toBe(three.sites.reduce((s: number, x: any) => s + x.newlyCoveredOlder, 0));
    expect(three.sites.every((s: any) => s.newlyCoveredOlder > 0)).toBe(true);
    const chosen = new Set(three.sites.map((s: any) => s.location.coordinates.join(',')));
    let bestSingle = 0;
    for (const c of candidates) {
      const one = (await api.gql(q, { k: 1, c: [c] })).data.suggestSites;
      if (!one.sites.length || chosen.has(one.sites[0].location.coordinates.join(','))) continue;
      bestSingle = Math.max(bestSingle, one.newlyCoveredOlder);
    }
    expect(three.newlyCoveredOlder).toBeGreaterThan(bestSingle);
  });

  it('suggests sites from the network by itself, with the solver and its gap', async () => {
    const r = await api.gql(
      `{ suggestSites(k: 5) { newlyCoveredOlder uncoveredOlderBefore candidates solver gap sites { newlyCoveredOlder } } }`,
    );
    expect(r.errors).toBeUndefined();
    const s = r.data.suggestSites;
    expect(s.sites).toHaveLength(5);
    expect(s.newlyCoveredOlder).toBeGreaterThan(0);
    expect(s.newlyCoveredOlder).toBeLessThanOrEqual(s.uncoveredOlderBefore);
    expect(s.gap).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < 5; i++) expect(s.sites[i - 1].newlyCoveredOlder).toBeGreaterThanOrEqual(s.sites[i].newlyCoveredOlder);
  });
});

describe('scenarios', () => {
  it('closing a station lowers coverage by exactly the older residents only it served, and writes nothing', async () => {
    const stations = (await api.gql(`{ facilities(filter: { kinds: [COMMUNITY_STATION] }, first: 500) { nodes { id location } } }`)).data
      .facilities.nodes as any[];
    const closed = stations[10];
    const before = await registrySnapshot(api);
    const r = await api.gql(
      `query($c: [ScenarioChangeInput!]) { compareScenario(changes: $c, profile: STANDARD) { baseline { groups { group coveredOlder } } scenario { groups { group coveredOlder } } changedAreas { residentialAreaId group older coveredBefore coveredAfter } } }`,
      { c: [{ action: 'CLOSE', facilityId: closed.id }] },
    );
    expect(r.errors).toBeUndefined();
    expect(await registrySnapshot(api)).toEqual(before);
    const cmp = r.data.compareScenario;
    const lost = groupOf(cmp.baseline, 'COMMUNITY_STATION').coveredOlder - groupOf(cmp.scenario, 'COMMUNITY_STATION').coveredOlder;

    // Independent check straight on the engine (metres, as STANDARD measures): which residential areas lose their last station within 900 m?
    const conn = api.db.orm.em.getConnection();
    const roads = await conn.execute<{ g: string }[]>(`select ST_AsGeoJSON(geometry, 7) as g from road_segment`);
    const graph = buildGraphFromGeoJSON({
      type: 'FeatureCollection',
      features: roads.map((r) => ({ type: 'Feature', properties: {}, geometry: JSON.parse(r.g) })),
    } as any);
    const areas = await conn.execute<{ lon: number; lat: number; older: number }[]>(
      `select ST_X(location) as lon, ST_Y(location) as lat, older_residents as older from residential_area`,
    );
    const snapAll = (list: any[]) => list.map((s) => snap(graph, s.location.coordinates[0], s.location.coordinates[1]));
    const withAll = nearestFacility(graph, snapAll(stations));
    const without = nearestFacility(graph, snapAll(stations.filter((s) => s.id !== closed.id)));
    let expected = 0;
    for (const a of areas) {
      const p = snap(graph, Number(a.lon), Number(a.lat));
      if (distanceAt(graph, withAll, p).distance <= 900 && !(distanceAt(graph, without, p).distance <= 900)) expected += a.older;
    }
    expect(lost).toBe(expected);
    const dropped = (cmp.changedAreas as any[]).filter((c) => c.group === 'COMMUNITY_STATION' && c.coveredBefore && !c.coveredAfter);
    expect(dropped.reduce((s, c) => s + c.older, 0)).toBe(expected);
    // Only groups holding community stations were recomputed.
    expect(new Set(cmp.changedAreas.map((c: any) => c.group))).toEqual(new Set(['COMMUNITY_STATION', 'STATION_OR_CENTER']));
  });

  it('adding a station in the largest gap raises coverage; the scenario can be saved and compared again', async () => {
    const site = (await api.gql(`{ suggestSites(k: 1) { sites { location newlyCoveredOlder } } }`)).data.suggestSites.sites[0];
    const [lon, lat] = site.location.coordinates;
    const changes = [{ action: 'ADD', kind: 'COMMUNITY_STATION', name: '新站', location: { lon, lat } }];
    const saved = await api.gql(
      `mutation($c: [ScenarioChangeInput!]!) { saveScenario(name: "补缺一站", changes: $c) { id version name changes { action kind location } } }`,
      { c: changes },
    );
    expect(saved.errors).toBeUndefined();
    const cmp = (
      await api.gql(
        `query($id: ID) { compareScenario(scenarioId: $id) { baseline { groups { group coveredOlder } } scenario { groups { group coveredOlder } } } }`,
        { id: saved.data.saveScenario.id },
      )
    ).data.compareScenario;
    const gained = groupOf(cmp.scenario, 'STATION_OR_CENTER').coveredOlder - groupOf(cmp.baseline, 'STATION_OR_CENTER').coveredOlder;
    expect(gained).toBe(site.newlyCoveredOlder);
    const del = await api.gql(`mutation($id: ID!, $v: Int!) { deleteScenario(id: $id, version: $v) }`, {
      id: saved.data.saveScenario.id,
      v: saved.data.saveScenario.version,
    });
    expect(del.data.deleteScenario).toBe(true);
  });

  it('sums gains and losses per street/town as the boundaries place the changed areas', async () => {
    const stations = (await api.gql(`{ facilities(filter: { kinds: [COMMUNITY_STATION] }, first: 500) { nodes { id location } } }`)).data
      .facilities.nodes as any[];
    const site = (await api.gql(`{ suggestSites(k: 1) { sites { location } } }`)).data.suggestSites.sites[0];
    const [lon, lat] = site.location.coordinates;
    const c = [
      { action: 'CLOSE', facilityId: stations[10].id },
      { action: 'CLOSE', facilityId: stations[40].id },
      { action: 'ADD', kind: 'COMMUNITY_STATION', location: { lon, lat } },
    ];
    const r = await api.gql(
      `query($c: [ScenarioChangeInput!]) { compareScenario(changes: $c) {
        changedAreas { residentialAreaId group older coveredBefore coveredAfter }
        divisionChanges { division { id level } group gainedOlder gainedAreas lostOlder lostAreas } } }`,
      { c },
    );
    expect(r.errors).toBeUndefined();
    const cmp = r.data.compareScenario;
    const flips = (cmp.changedAreas as any[]).filter((a) => a.group === 'STATION_OR_CENTER' && a.coveredBefore !== a.coveredAfter);
    expect(flips.some((a) => a.coveredAfter) && flips.some((a) => !a.coveredAfter)).toBe(true);
    // Independently: the street or town whose boundary holds each changed area.
    const conn = api.db.orm.em.getConnection();
    const where = await conn.execute<{ area: number; division: number }[]>(
      `select r.id as area, d.id as division from residential_area r
       join division d on d.level in ('STREET', 'TOWN') and ST_Covers(d.boundary, r.location) where r.id in (${flips.map((a) => Number(a.residentialAreaId)).join(',')})`,
    );
    const divisionOf = new Map(where.map((w) => [String(w.area), String(w.division)]));
    const expected = new Map<string, { gainedOlder: number; gainedAreas: number; lostOlder: number; lostAreas: number }>();
    for (const a of flips) {
      const d = divisionOf.get(String(a.residentialAreaId))!;
      const e = expected.get(d) ?? { gainedOlder: 0, gainedAreas: 0, lostOlder: 0, lostAreas: 0 };
      if (a.coveredAfter) {
        e.gainedOlder += a.older;
        e.gainedAreas++;
      } else {
        e.lostOlder += a.older;
        e.lostAreas++;
      }
      expected.set(d, e);
    }
    const got = new Map(
      (cmp.divisionChanges as any[])
        .filter((x) => x.group === 'STATION_OR_CENTER')
        .map((x) => [
          x.division.id,
          { gainedOlder: x.gainedOlder, gainedAreas: x.gainedAreas, lostOlder: x.lostOlder, lostAreas: x.lostAreas },
        ]),
    );
    expect(got).toEqual(expected);
    expect((cmp.divisionChanges as any[]).every((x) => ['STREET', 'TOWN'].includes(x.division.level))).toBe(true);
  });

  it('keeps names unique: a duplicate is a field error in Chinese or English and writes nothing; a reopened scenario saves again', async () => {
    const save = `mutation($n: String!, $c: [ScenarioChangeInput!]!) { saveScenario(name: $n, changes: $c) { id version name } }`;
    const a = (await api.gql(save, { n: '两路街道新增两站', c: [] })).data.saveScenario;
    const b = (await api.gql(save, { n: '仙桃街道关闭一站', c: [] })).data.saveScenario;
    const count = await api.count('scenario');
    const zh = await api.gql(save, { n: ' 两路街道新增两站 ', c: [] });
    expect(zh.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(zh.errors![0].extensions!.fields).toEqual([
      { field: 'name', message: '已有名为“两路街道新增两站”的方案，请换一个名称，或打开该方案后保存修改。' },
    ]);
    const en = await api.gql(save, { n: '两路街道新增两站', c: [] }, 'en');
    expect(en.errors![0].extensions!.fields![0].message).toBe(
      'A scenario named "两路街道新增两站" already exists; choose another name, or open it and save your changes there.',
    );
    expect(await api.count('scenario')).toBe(count);

    const stations = (await api.gql(`{ facilities(filter: { kinds: [COMMUNITY_STATION] }, first: 1) { nodes { id } } }`)).data.facilities
      .nodes as any[];
    const update = `mutation($id: ID!, $v: Int!, $n: String!, $c: [ScenarioChangeInput!]!) {
      updateScenario(id: $id, version: $v, name: $n, changes: $c) { id version name changes { action facilityId } } }`;
    const taken = await api.gql(update, { id: a.id, v: a.version, n: b.name, c: [] });
    expect(taken.errors![0].extensions!.fields![0].field).toBe('name');
    const u = await api.gql(update, { id: a.id, v: a.version, n: a.name, c: [{ action: 'CLOSE', facilityId: stations[0].id }] });
    expect(u.errors).toBeUndefined();
    expect(u.data.updateScenario).toMatchObject({
      id: a.id,
      version: a.version + 1,
      changes: [{ action: 'CLOSE', facilityId: stations[0].id }],
    });
    const stale = await api.gql(update, { id: a.id, v: a.version, n: a.name, c: [] });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const rows = await api.db.orm.em
      .getConnection()
      .execute<{ changes: unknown[] }[]>(`select changes from scenario where id = ?`, [Number(a.id)]);
    expect(rows[0].changes).toHaveLength(1);
    const listed = (await api.gql(`{ scenarios { id name version } }`)).data.scenarios as any[];
    expect(listed.filter((s) => s.id === a.id || s.id === b.id).map((s) => s.name)).toEqual([b.name, a.name]);
    for (const s of [{ ...a, version: a.version + 1 }, b])
      expect(
        (await api.gql(`mutation($id: ID!, $v: Int!) { deleteScenario(id: $id, version: $v) }`, { id: s.id, v: s.version })).errors,
      ).toBeUndefined();
  });

  it('rejects a change naming an unknown facility', async () => {
    const r = await api.gql(`{ compareScenario(changes: [{ action: "CLOSE", facilityId: "999999" }]) { changedAreas { older } } }`);
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields![0].field).toBe('changes.0.facilityId');
  });
});

describe('export coverage', () => {
  it('gives every residential area its distances, agreeing with the coverage figures', async () => {
    const { coverageRows } = await import('@carecircle/api/dist/cli/export-command.js');
    const { rows, meters } = await coverageRows(api.db.orm);
    expect(meters).toBe(900);
    expect(rows).toHaveLength(await api.count('residential_area'));
    const soc = groupOf((await api.gql(`{ coverage { groups { group coveredOlder } } }`)).data.coverage, 'STATION_OR_CENTER');
    expect(rows.filter((r: any) => r.covered.STATION_OR_CENTER).reduce((s: number, r: any) => s + r.older, 0)).toBe(soc.coveredOlder);
  });

  it('exports under a walking profile what coverage answers for it, with minutes', async () => {
    const { coverageRows } = await import('@carecircle/api/dist/cli/export-command.js');
    const { rows } = await coverageRows(api.db.orm, undefined, undefined, 'ELDERLY');
    const soc = groupOf(
      (await api.gql(`{ coverage(profile: ELDERLY) { groups { group coveredOlder } } }`)).data.coverage,
      'STATION_OR_CENTER',
    );
    expect(rows.filter((r: any) => r.covered.STATION_OR_CENTER).reduce((s: number, r: any) => s + r.older, 0)).toBe(soc.coveredOlder);
    // Minutes are rounded to hundredths: only the areas clearly on one side of 15 are checked.
    const clear = rows.filter((r: any) => r.minutes.STATION_OR_CENTER != null && Math.abs(r.minutes.STATION_OR_CENTER - 15) > 0.01);
    expect(clear.length).toBeGreaterThan(100);
    expect(clear.every((r: any) => r.covered.STATION_OR_CENTER === r.minutes.STATION_OR_CENTER < 15)).toBe(true);
  });

  it('defuses spreadsheet formulas in CSV cells', async () => {
    const { csvCell } = await import('@carecircle/api/dist/cli/export-command.js');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('两路街道')).toBe('两路街道');
  });
});

describe('long analyses', () => {
  it('report progress and deliver the same suggestion as the direct query', async () => {
    const started = await api.gql(`mutation { startSiteSuggestion(k: 2) { id status progress } }`);
    expect(started.errors).toBeUndefined();
    const id = started.data.startSiteSuggestion.id;
    const seen: number[] = [];
    let job: any;
    for (let i = 0; i < 600; i++) {
      job = (
        await api.gql(
          `query($id: ID!) { analysisJob(id: $id) { status progress stage error siteSuggestion { newlyCoveredOlder solver optimal }
             preliminary { newlyCoveredOlder solver gap sites { rank } } } }`,
          { id },
        )
      ).data.analysisJob;
      seen.push(job.progress);
      if (job.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(job.status).toBe('DONE');
    expect(job.progress).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    const direct = (await api.gql(`{ suggestSites(k: 2) { newlyCoveredOlder } }`)).data.suggestSites;
    expect(job.siteSuggestion.newlyCoveredOlder).toBe(direct.newlyCoveredOlder);
    // The quick answer came first when the exact solver had work left: never better than the final one.
    if (job.siteSuggestion.solver === 'milp') {
      expect(job.preliminary).toMatchObject({ solver: 'greedy+swap' });
      expect(job.preliminary.sites).toHaveLength(2);
      expect(job.preliminary.newlyCoveredOlder).toBeLessThanOrEqual(job.siteSuggestion.newlyCoveredOlder);
    } else expect(job.siteSuggestion.optimal || job.preliminary === null).toBe(true);
  });
});

describe('agreement parties', () => {
  it('are never closer on foot than in a straight line', async () => {
    const r = await api.gql(`{ agreements(first: 200) { nodes { straightLineMeters walkingMeters } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = r.data.agreements.nodes as any[];
    const walked = nodes.filter((n) => n.walkingMeters != null);
    expect(walked.length).toBeGreaterThan(nodes.length * 0.9);
    // Both measured between the network snaps and the points themselves: allow the snap distance (< 10 m in the demo).
    for (const n of walked) expect(n.walkingMeters + 20).toBeGreaterThanOrEqual(n.straightLineMeters);
  });

  it('walk as far in a page as each pair measured on its own, again after a party moves', async () => {
    const page = async () => {
      const r = await api.gql(
        `{ agreements(first: 500) { totalCount nodes { id walkingMeters medical { id version location } facility { location } } } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.agreements.nodes).toHaveLength(r.data.agreements.totalCount);
      return r.data.agreements.nodes as any[];
    };
    // Every agreement on its own: one pair per call, on a network loaded afresh (nothing measured before).
    const alone = new WalkingNetwork(api.db.orm);
    const expectMeasuredAlone = async (nodes: any[]) => {
      const one = await Promise.all(
        nodes.map(
          async (n) => (await alone.pairDistances([{ from: n.medical.location.coordinates, to: n.facility.location.coordinates }]))[0],
        ),
      );
      expect(nodes.map((n) => [n.id, n.walkingMeters])).toEqual(nodes.map((n, i) => [n.id, one[i]]));
    };
    try {
      const before = await page();
      expect(before.length).toBeGreaterThan(50);
      await expectMeasuredAlone(before);
      const distances = (nodes: any[]) => nodes.map((n) => [n.id, n.walkingMeters]);
      // Asked again (the distances kept): the same answers.
      expect(distances(await page())).toEqual(distances(before));
      // A party moves: its agreements are measured from where it is now.
      const moved = before[0].medical;
      const [lon, lat] = moved.location.coordinates;
      const move = async (to: { lon: number; lat: number }, version: number) => {
        const r = await api.gql(`mutation($i: UpdateMedicalInput!) { updateMedicalInstitution(input: $i) { version } }`, {
          i: { id: moved.id, version, location: to },
        });
        expect(r.errors).toBeUndefined();
        return r.data.updateMedicalInstitution.version as number;
      };
      const version = await move({ lon: lon + 0.002, lat: lat + 0.001 }, moved.version);
      try {
        const after = await page();
        const ofMoved = after.filter((n) => n.medical.id === moved.id);
        expect(ofMoved.length).toBeGreaterThan(0);
        expect(ofMoved.some((n) => n.walkingMeters !== before.find((b) => b.id === n.id).walkingMeters)).toBe(true);
        await expectMeasuredAlone(after);
      } finally {
        await move({ lon, lat }, version);
      }
      expect(distances(await page())).toEqual(distances(before));
    } finally {
      await alone.close();
    }
  });
});
