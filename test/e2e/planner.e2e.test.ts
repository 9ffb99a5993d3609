import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { CHROMIUM, SCREENSHOTS, downloadXlsx, launchBrowser, placeOnMap, screenshot, waitForMap, type Browser, signIn } from './browser.js';

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);

/** Response times of the interactions, printed at the end (budget: 300 ms on the demo district). */
const timings: { what: string; ms: number }[] = [];

/**
 * Runs an interaction and measures in the page, from the first pointer event to the first frame in
 * which `selector` is present (and contains `text`, or not with `not`); records the time.
 */
async function timed(page: Page, what: string, act: () => Promise<void>, answer: { selector: string; text?: string; not?: boolean }) {
  await page.evaluate((c) => {
    const w = window as unknown as { __t0: number | null; __done: Promise<number> };
    w.__t0 = null;
    const mark = () => {
      w.__t0 ??= performance.now();
    };
    for (const type of ['pointerdown', 'pointermove', 'click']) document.addEventListener(type, mark, { capture: true, once: true });
    w.__done = new Promise<number>((resolve) => {
      const check = () => {
        const el = document.querySelector(c.selector);
        const ok = !!el && (c.text == null || (el.textContent ?? '').includes(c.text) !== !!c.not);
        if (ok && w.__t0 != null) resolve(performance.now() - w.__t0);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, answer);
  await act();
  const ms = Math.round(await page.evaluate(() => (window as unknown as { __done: Promise<number> }).__done));
  timings.push({ what, ms });
  return ms;
}

/** Enum codes that must never reach a user (headers, cells, report). */
const ENUM_CODE =
  /\b(STATION_OR_CENTER|COMMUNITY_STATION|STREET_CENTER|TOWN_CENTER|MUTUAL_AID_POINT|CARE_INSTITUTION|OUTDOOR_HUB|COMPLETE_CIRCLE|MEDICAL|APPROVED|SUBMITTED|DRAFT|STREET|TOWN|NETWORK|STRAIGHT_LINE|milp|greedy)\b/;

/** Resolves once the map has finished drawing (at once when it already has). */
const mapIdle = (page: Page) =>
  page.$eval(
    '[data-testid=map]',
    (el) =>
      new Promise<void>((resolve) => {
        const map = (el as HTMLElement & { map: any }).map;
        const check = () => (map.loaded() && map.areTilesLoaded() && !map.isMoving() ? resolve() : setTimeout(check, 50));
        check();
      }),
  );

/** The text of the symbols MapLibre has placed on screen, per layer. */
async function renderedLabels(page: Page): Promise<Record<string, string[]>> {
  return page.$eval('[data-testid=map]', (el) => {
    const map = (el as HTMLElement & { map: any }).map;
    const layers = ['base-division-labels', 'base-community-labels', 'base-road-labels'].filter((l) => map.getLayer(l));
    const out: Record<string, string[]> = {};
    for (const f of map.queryRenderedFeatures({ layers })) (out[f.layer.id] ??= []).push(String(f.properties.name));
    return out;
  });
}

/** Clicks 打印报告 with the browser's print dialog replaced by a counter, waits for the one call, and shows the page as printed. */
async function printReport(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __printed: number; print: () => void };
    w.__printed = 0;
    w.print = () => {
      w.__printed++;
    };
  });
  await page.locator('[data-testid=print-report]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed), { timeout: 60_000 }).toBe(1);
  await page.emulateMedia({ media: 'print' });
}

const mapState = (page: Page) =>
  page.$eval('[data-testid=map]', (el) => {
    const map = (el as HTMLElement & { map: any }).map;
    return { zoom: map.getZoom() as number, center: map.getCenter().toArray() as [number, number] };
  });

describe.skipIf(!haveChromium)('planner in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  const glyphRequests: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({ label: 'e2e-planner', production: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('request', (r) => {
      if (r.url().includes('/glyphs/')) glyphRequests.push(r.url());
    });
    await signIn(page, api, 'planner');
    await page.goto(`${api.url}/planner`);
    await page.locator('[data-testid=planner-app]').waitFor();
    await waitForMap(page, 'facilities');
  });

  afterAll(async () => {
    if (timings.length) console.log(`[e2e planner] response times:\n${timings.map((t) => `  ${t.what}: ${t.ms} ms`).join('\n')}`);
    await browser?.close();
    await api?.stop();
  });

  it('ranks every street and town in a sortable table, drawn as a choropleth with a legend of classes', async () => {
    const table = page.locator('[data-testid=ranking-table]');
    await table.locator('tbody tr[data-row-key]').first().waitFor({ timeout: 60_000 });
    const streets = await api.gql(`{ divisions(filter: { levels: [STREET, TOWN] }, first: 100) { totalCount } }`);
    await expect(table.locator('tbody tr[data-row-key]').count()).resolves.toBe(streets.data.divisions.totalCount);

    // Sorted by coverage share, lowest first; a click on the header turns it round.
    const shares = async () =>
      (await table.locator('tbody tr td:nth-child(6)').allTextContents()).map((s) => (s.endsWith('%') ? Number(s.slice(0, -1)) : NaN));
    const asc = (await shares()).filter((v) => !Number.isNaN(v));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const header = table.locator('th[data-sort-key="share:STATION_OR_CENTER"]');
    await timed(page, 'sort the ranking', () => header.click(), {
      selector: 'th[aria-sort=descending][data-sort-key="share:STATION_OR_CENTER"]',
    });
    const desc = (await shares()).filter((v) => !Number.isNaN(v));
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const uncoveredHeader = table.locator('th[data-sort-key=uncovered]');
    await uncoveredHeader.click();
    const uncovered = (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map((s) => Number(s.replace(/,/g, '')));
    expect(uncovered).toEqual([...uncovered].sort((a, b) => b - a));

    // The choropleth: every street/town carries its share, and the legend names the classes.
    const painted = await page.$eval('[data-testid=map]', (el) => {
      const map = (el as HTMLElement & { map: any }).map;
      return map.queryRenderedFeatures({ layers: ['planner-choropleth'] }).filter((f: any) => typeof f.state.share === 'number').length;
    });
    expect(painted).toBeGreaterThan(0);
    // The counts say what they include.
    await expect(page.locator('[data-testid=counts-note]').textContent()).resolves.toContain('含草稿和待审批');
    await expect(page.locator('[data-testid=division-ranking]').textContent()).resolves.toContain('覆盖只计已批准的设施');
    const legend = page.locator('[data-testid=map-overlay] .cc-legend');
    await expect(legend.textContent()).resolves.toMatch(/低于 50%/);
    await expect(legend.textContent()).resolves.toMatch(/95% 及以上/);
    await screenshot(page, 'planner-ranking-choropleth');
  });

  it('a click on a row selects and frames the street; back to the district resets the extent', async () => {
    const start = await mapState(page);
    const table = page.locator('[data-testid=ranking-table]');
    const row = table.locator('tbody tr[data-row-key]').first();
    const name = (await row.locator('td').first().textContent())!;
    await timed(page, 'select a street from the ranking', () => row.click(), { selector: '[data-testid=division-figures] h3', text: name });
    await expect.poll(() => page.locator('[data-testid=coverage-share]').textContent(), { timeout: 30_000 }).toMatch(/%/);
    await expect.poll(async () => (await mapState(page)).zoom).toBeGreaterThan(start.zoom + 0.5);
    await expect(row.getAttribute('class')).resolves.toContain('cc-selected');
    await page.waitForTimeout(400);
    await screenshot(page, 'planner-ranking-framed');
    await timed(page, 'back to the district', () => page.locator('[data-testid=back-to-district]').click(), {
      selector: '[data-testid=division-figures] h3',
      text: name,
      not: true,
    });
    await expect.poll(async () => Math.abs((await mapState(page)).zoom - start.zoom)).toBeLessThan(0.01);
  });

  it('map labels render from the product’s own glyphs, with no request leaving localhost', async () => {
    await mapIdle(page);
    const district = await renderedLabels(page);
    expect(district['base-division-labels']?.length ?? 0).toBeGreaterThan(3);
    expect(district['base-division-labels']!.some((n) => /街道|镇/.test(n))).toBe(true);

    // At street zoom: community names and road names too.
    const res = await api.gql(`{ residentialAreas(first: 1) { nodes { location } } }`);
    await placeOnMap(page, res.data.residentialAreas.nodes[0].location.coordinates, 15.5);
    await mapIdle(page);
    const street = await renderedLabels(page);
    expect(street['base-road-labels']?.length ?? 0).toBeGreaterThan(0);
    expect(street['base-road-labels']!.some((n) => /路|街|道|巷|桥/.test(n))).toBe(true);
    await screenshot(page, 'planner-labels-street-zoom');
    await placeOnMap(page, res.data.residentialAreas.nodes[0].location.coordinates, 13.2);
    await mapIdle(page);
    expect((await renderedLabels(page))['base-community-labels']?.length ?? 0).toBeGreaterThan(0);
    await screenshot(page, 'planner-labels-community-zoom');

    // Chinese names are drawn with the browser's own CJK font; Latin text needs the shipped glyph PBFs.
    const latinPlaced = await page.$eval(
      '[data-testid=map]',
      (el) =>
        new Promise<number>((resolve) => {
          const map = (el as HTMLElement & { map: any }).map;
          const c = map.getCenter().toArray();
          map.addSource('latin-probe', {
            type: 'geojson',
            data: { type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties: { t: 'CareCircle 15 min' } },
          });
          map.addLayer({
            id: 'latin-probe',
            type: 'symbol',
            source: 'latin-probe',
            layout: { 'text-field': ['get', 't'], 'text-font': ['Noto Sans Regular'], 'text-allow-overlap': true },
          });
          const until = Date.now() + 15_000;
          const check = () => {
            const n = map.queryRenderedFeatures({ layers: ['latin-probe'] }).length;
            if (n || Date.now() > until) resolve(n);
            else setTimeout(check, 100);
          };
          setTimeout(check, 100);
        }),
    );
    expect(latinPlaced).toBe(1);
    expect(glyphRequests.length).toBeGreaterThan(0);
    expect(glyphRequests.every((u) => u.startsWith(`${api.url}/glyphs/`))).toBe(true);
    expect(browser.external).toEqual([]);
  });

  it('hovering a facility shows its name, kind and status', async () => {
    const fac = await api.gql(`{ facilities(filter: { kinds: [COMMUNITY_STATION] }, first: 1) { nodes { name location } } }`);
    const f = fac.data.facilities.nodes[0];
    const at = await placeOnMap(page, f.location.coordinates, 15);
    const tip = page.locator('.cc-tooltip');
    await timed(page, 'hover a facility (tooltip)', () => page.mouse.move(at.x, at.y), { selector: '.cc-tooltip' });
    await expect(tip.textContent()).resolves.toContain(f.name);
    await expect(tip.textContent()).resolves.toContain('社区养老服务站');
    await screenshot(page, 'planner-tooltip-facility');
  });

  it('with staffed facilities only, the planner sees the stations without a certified care worker: listed, ringed on the map, left out of coverage', async () => {
    const uncovered = () => page.locator('[data-testid=uncovered-older]').textContent();
    await expect.poll(uncovered, { timeout: 30_000 }).toMatch(/\d/);
    const before = Number((await uncovered())!.replace(/,/g, ''));
    await page.locator('[data-testid=staffed-only]').check();
    const expected = (
      await api.gql(
        `{ stationsWithoutCertifiedCareWorker { facility { id name } } coverage(staffedOnly: true) { groups { group totalOlder coveredOlder } } }`,
      )
    ).data;
    const unstaffed = expected.stationsWithoutCertifiedCareWorker as { facility: { id: string; name: string } }[];
    expect(unstaffed.length).toBeGreaterThan(0);
    const panel = page.locator('[data-testid=unstaffed-stations]');
    await expect
      .poll(() => panel.locator('[data-testid=unstaffed-count]').textContent(), { timeout: 30_000 })
      .toContain(`${unstaffed.length} 个`);
    expect((await panel.locator('[data-testid=unstaffed-table] tbody tr[data-row-key]').allTextContents()).length).toBe(unstaffed.length);
    // Ringed on the map: the layer's filter holds exactly those stations.
    const ringed = await page.$eval('[data-testid=map]', (el) => {
      const filter = (el as HTMLElement & { map: any }).map.getFilter('planner-unstaffed');
      return filter[2][1] as string[];
    });
    expect([...ringed].sort()).toEqual(unstaffed.map((u) => u.facility.id).sort());
    // The figures count the staffed ones only: more older residents uncovered than with every station.
    const main = expected.coverage.groups.find((g: { group: string }) => g.group === 'STATION_OR_CENTER');
    await expect
      .poll(async () => Number((await uncovered())!.replace(/,/g, '')), { timeout: 30_000 })
      .toBe(main.totalOlder - main.coveredOlder);
    expect(main.totalOlder - main.coveredOlder).toBeGreaterThan(before);
    // A click on a row selects the station and brings it into view.
    await panel.locator('[data-testid=unstaffed-table] tbody tr[data-row-key]').first().click();
    await page.waitForTimeout(400);
    await screenshot(page, 'planner-unstaffed-stations');
    await page.locator('[data-testid=back-to-district]').click();
    await page.locator('[data-testid=staffed-only]').uncheck();
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(async () => Number((await uncovered())!.replace(/,/g, '')), { timeout: 30_000 }).toBe(before);
  });

  it('with 轮椅使用者, the figures are the API’s coverage for WHEELCHAIR, below STANDARD’s, and each street/town shows what it loses against standard walking', async () => {
    const query = `query($p: WalkProfile!) {
      coverage(profile: $p) {
        profile elevationLoaded
        groups { group coveredOlder totalOlder }
        children { division { id name } groups { group coveredOlder totalOlder } }
      }
    }`;
    const [standard, elderly, wheelchair] = (
      await Promise.all([api.gql(query, { p: 'STANDARD' }), api.gql(query, { p: 'ELDERLY' }), api.gql(query, { p: 'WHEELCHAIR' })])
    ).map((r) => r.data.coverage);
    expect(wheelchair.profile).toBe('WHEELCHAIR');
    type G = { group: string; coveredOlder: number; totalOlder: number };
    const main = (groups: G[]) => groups.find((g) => g.group === 'STATION_OR_CENTER')!;
    const num = (s: string | null) => Number((s ?? '').replace(/,/g, ''));
    const covered = () => page.locator('[data-testid=covered-older]').textContent();
    // Coverage is measured for older residents unless the planner chooses otherwise.
    const profile = page.locator('[data-testid=walk-profile]');
    await expect(profile.locator('option').allTextContents()).resolves.toEqual(['标准步行', '老年人', '轮椅使用者']);
    await expect.poll(() => profile.inputValue()).toBe('ELDERLY');
    await expect.poll(async () => num(await covered()), { timeout: 30_000 }).toBe(main(elderly.groups).coveredOlder);
    await expect
      .poll(() => page.locator('[data-testid=lost-older]').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^${(main(standard.groups).coveredOlder - main(elderly.groups).coveredOlder).toLocaleString('zh-CN')}（`));
    await profile.selectOption({ label: '标准步行' });
    await expect.poll(async () => num(await covered()), { timeout: 60_000 }).toBe(main(standard.groups).coveredOlder);
    await expect.poll(() => page.locator('[data-testid=lost-older]').count()).toBe(0);

    await profile.selectOption({ label: '轮椅使用者' });
    await expect(page.locator('[data-testid=walk-profile-hint]').textContent()).resolves.toMatch(/台阶.*1:12/);
    // The figure shown is the API's answer for WHEELCHAIR, and fewer than STANDARD's.
    await expect.poll(async () => num(await covered()), { timeout: 60_000 }).toBe(main(wheelchair.groups).coveredOlder);
    expect(main(wheelchair.groups).coveredOlder).toBeLessThan(main(standard.groups).coveredOlder);
    const districtLost = main(standard.groups).coveredOlder - main(wheelchair.groups).coveredOlder;
    await expect
      .poll(() => page.locator('[data-testid=lost-older]').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^${districtLost.toLocaleString('zh-CN')}（[\\d.]+个百分点）$`));
    // The demo district has its heights: no notice about a missing elevation model.
    expect(wheelchair.elevationLoaded).toBe(true);
    await expect(page.locator('[data-testid=elevation-missing]').count()).resolves.toBe(0);

    // The street/town that loses most: its loss in the ranking is the difference of the two answers.
    const losses = (standard.children as { division: { id: string; name: string }; groups: G[] }[]).map((c) => {
      const w = wheelchair.children.find((x: { division: { id: string } }) => x.division.id === c.division.id);
      const s = main(c.groups);
      return {
        ...c.division,
        covered: main(w.groups).coveredOlder,
        lost: s.coveredOlder - main(w.groups).coveredOlder,
        total: s.totalOlder,
      };
    });
    const worst = losses.reduce((a, b) => (b.lost > a.lost ? b : a));
    expect(worst.lost).toBeGreaterThan(0);
    const table = page.locator('[data-testid=ranking-table]');
    await table.locator('th[data-sort-key=lost]').waitFor();
    const col = (key: string) =>
      table.locator('thead th').evaluateAll((ths, k) => ths.findIndex((th) => th.getAttribute('data-sort-key') === k), key);
    const row = table.locator(`tbody tr[data-row-key="${worst.id}"]`);
    const cell = async (key: string) =>
      (await row
        .locator('td')
        .nth(await col(key))
        .textContent())!;
    await expect.poll(() => cell('lost'), { timeout: 60_000 }).toBe(worst.lost.toLocaleString('zh-CN'));
    await expect(cell('covered')).resolves.toBe(worst.covered.toLocaleString('zh-CN'));
    const points = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format((worst.lost / worst.total) * 100);
    await expect(cell('lostShare')).resolves.toBe(`${points}个百分点`);
    await expect(page.locator('[data-testid=ranking-walking]').textContent()).resolves.toContain('轮椅使用者');
    await expect(page.locator('[data-testid=division-ranking]').textContent()).resolves.toContain('较标准步行减少的覆盖老年人');

    // On the map: the choropleth classes the loss when asked to, the division's drop as its state.
    await page.locator('[data-testid=choropleth-mode]').selectOption('loss');
    await expect
      .poll(() =>
        page.$eval(
          '[data-testid=map]',
          (el, id) => {
            const map = (el as HTMLElement & { map: any }).map;
            return {
              visible: map.getLayoutProperty('planner-choropleth-loss', 'visibility'),
              loss: map.getFeatureState({ source: 'base', sourceLayer: 'divisions', id: Number(id) }).loss,
            };
          },
          worst.id,
        ),
      )
      .toEqual({ visible: 'visible', loss: worst.lost / worst.total });
    await expect(page.locator('[data-testid=map-overlay] .cc-legend').textContent()).resolves.toContain('减少 20 个百分点及以上');
    await row.click();
    await expect
      .poll(() => page.locator('[data-testid=lost-older]').textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`^${worst.lost.toLocaleString('zh-CN')}（`));
    await page.waitForTimeout(400);
    await screenshot(page, 'planner-profiles');

    // The ranking's workbook: the loss column, the profile on every row and the parameters on a sheet of their own.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=ranking-xlsx]').click()]);
    expect(download.suggestedFilename()).toMatch(/^各街镇覆盖排名-轮椅使用者-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const lostAt = rows[0].indexOf('较标准步行减少的覆盖老年人');
    expect(lostAt).toBeGreaterThan(0);
    expect(rows[0].at(-1)).toBe('步行人群');
    const exported = rows.find((r) => r[0] === worst.name)!;
    expect(exported[lostAt]).toBe(worst.lost);
    expect(exported.at(-1)).toBe('轮椅使用者');
    expect(wb.worksheets[1].name).toBe('计算条件');
    const params = new Map<unknown, unknown>();
    wb.worksheets[1].eachRow((r) => params.set((r.values as unknown[])[1], (r.values as unknown[])[2]));
    expect(params.get('步行人群')).toBe('轮椅使用者');
    expect(params.get('步行时间（分钟）')).toBe(15);
    expect(params.get('高程数据')).toBe('已载入');

    // Back to what the planner starts with: the district, the share classes, older residents.
    await page.locator('[data-testid=choropleth-mode]').selectOption('share');
    await page.locator('[data-testid=back-to-district]').click();
    await profile.selectOption('STANDARD');
    await expect.poll(() => page.locator('[data-testid=choropleth-mode]').count()).toBe(0);
    await profile.selectOption('ELDERLY');
    await expect.poll(async () => num(await covered()), { timeout: 30_000 }).toBe(main(elderly.groups).coveredOlder);
  });

  it('gap zones follow the selected street, are named by their communities, frame on a click and feed the what-if mode', async () => {
    await page.locator('[data-testid=layer-gaps]').check();
    const list = page.locator('[data-testid=gap-list]');
    await list.locator('li').first().waitFor({ timeout: 60_000 });
    // Named by communities (社区/村), not only by rank.
    await expect(list.locator('li strong').first().textContent()).resolves.toMatch(/社区|村/);

    // Select the street with the most uncovered older residents: its zones only.
    const table = page.locator('[data-testid=ranking-table]');
    await table.locator('th[data-sort-key=uncovered]').click();
    if ((await table.locator('th[data-sort-key=uncovered]').getAttribute('aria-sort')) !== 'descending')
      await table.locator('th[data-sort-key=uncovered]').click();
    const row = table.locator('tbody tr[data-row-key]').first();
    const divisionId = (await row.getAttribute('data-row-key'))!;
    await row.click();
    const res = await api.gql(
      `query($d: ID) { gapZones(group: STATION_OR_CENTER, divisionId: $d, limit: 100) { rank communityNames residentialAreas { division { parent { id } } } } }`,
      { d: divisionId },
    );
    const expected = res.data.gapZones;
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => list.locator('li').count(), { timeout: 60_000 }).toBe(Math.min(30, expected.length));
    await expect(list.locator('li strong').first().textContent()).resolves.toContain(expected[0].communityNames[0]);

    // A click on the first zone frames it and lists its residential areas.
    const before = await mapState(page);
    await timed(page, 'pick a gap zone (its areas listed)', () => list.locator('[data-testid=gap-1]').click(), {
      selector: '[data-testid=gap-detail] li',
    });
    await expect.poll(async () => (await mapState(page)).zoom).toBeGreaterThan(before.zoom);
    await page.waitForTimeout(400);
    await screenshot(page, 'planner-gap-zone-picked');

    // "Add a station here" opens the what-if mode with the station; comparing reports gains and losses apart.
    await page.locator('[data-testid=gap-add-station]').click();
    const panel = page.locator('[data-testid=scenario-panel]');
    await expect.poll(() => panel.textContent()).toContain('新增 1');
    await panel.locator('[data-testid=scenario-compare]').click();
    const result = panel.locator('[data-testid=scenario-result]');
    await expect.poll(() => result.locator('[data-testid=comparison-gained]').textContent(), { timeout: 60_000 }).toMatch(/^\+[1-9]/);
    await expect(result.locator('[data-testid=comparison-lost]').textContent()).resolves.toBe('无变化');
    const highlighted = await page.$eval('[data-testid=map]', (el) => {
      const map = (el as HTMLElement & { map: any }).map;
      return (map.getFilter('planner-scenario-gained')[2][1] as number[]).length;
    });
    expect(highlighted).toBeGreaterThan(0);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await screenshot(page, 'planner-gap-what-if');
    await panel.locator('button', { hasText: '清空' }).click();
    await panel.locator('button', { hasText: '结束推演' }).click();
    await page.locator('[data-testid=back-to-district]').click();
  });

  it('site suggestions run as a job with a progress bar, name each site’s community and road in Chinese and add it to the scenario', async () => {
    const panel = page.locator('[data-testid=site-suggestions]');
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // Watch the progress bar: every percent and stage it shows.
    await page.evaluate(() => {
      const w = window as unknown as { __progress: string[] };
      w.__progress = [];
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid=suggest-progress]');
        const text = el?.textContent ?? '';
        if (text && w.__progress.at(-1) !== text) w.__progress.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await panel.locator('input[type=number]').fill('2');
    await panel.locator('button', { hasText: '计算' }).click();
    await panel.locator('[data-testid=suggest-result]').waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.every((s) =>
        /\d+(\.\d)?% · (排队中|已开始|计算现状步行距离|计算候选点可达范围|计算可达范围并求解|求解选址|精确求解中（已有初步结果）|完成)/.test(
          s,
        ),
      ),
    ).toBe(true);
    console.log(`[e2e planner] progress shown: ${seen.join(' | ')}`);
    const text = (await panel.locator('[data-testid=suggest-result]').textContent())!;
    expect(text).toMatch(/求解方法 (精确求解|贪心算法)/);
    expect(text).not.toMatch(/milp|greedy/);
    const sites = panel.locator('[data-testid=suggested-sites] li');
    await expect(sites.count()).resolves.toBe(2);
    await expect(sites.first().locator('strong').textContent()).resolves.toMatch(/(社区|村).*附近/);
    await sites.first().locator('button[data-testid=site-add-1]').click();
    await expect.poll(() => page.locator('[data-testid=scenario-panel]').textContent()).toContain('新增 1');
    await screenshot(page, 'planner-site-suggestions');
    await page.locator('[data-testid=scenario-panel] button', { hasText: '清空' }).click();
    await page.locator('[data-testid=scenario-panel] button', { hasText: '结束推演' }).click();
  });

  it('exports gap zones and site suggestions as XLSX and CSV with Chinese headers and values', async () => {
    // The site suggestion of the test above is still shown.
    const sites = await downloadXlsx(page, '[data-testid=sites-xlsx]');
    expect(sites.name).toMatch(/^新建站点选址建议-.*\.xlsx$/);
    expect(sites.name).toMatch(/^新建站点选址建议-老年人-/);
    expect(sites.rows[0]).toEqual(['排名', '社区', '附近道路', '新增覆盖老年人', '经度', '纬度', '步行人群']);
    expect(sites.rows).toHaveLength(3);
    expect(sites.rows[1][0]).toBe(1);
    expect(String(sites.rows[1][1])).toMatch(/社区|村/);
    expect(typeof sites.rows[1][3]).toBe('number');

    await page.locator('[data-testid=layer-gaps]').check();
    await page.locator('[data-testid=gap-list] [data-testid=gap-1]').waitFor({ timeout: 60_000 });
    const gaps = await downloadXlsx(page, '[data-testid=gaps-xlsx]');
    expect(gaps.rows[0]).toEqual(['排名', '涉及社区', '未覆盖老年人', '居民点数', '最远步行距离（米）', '未覆盖居民点', '步行人群']);
    expect(new Set(gaps.rows.slice(1).map((r) => r.at(-1)))).toEqual(new Set(['老年人']));
    const zones = (await api.gql(`{ gapZones(limit: 100) { rank uncoveredOlder areaCount } }`)).data.gapZones as any[];
    expect(gaps.rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual(zones.map((z) => [z.rank, z.uncoveredOlder, z.areaCount]));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=gaps-csv]').click()]);
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      '排名,涉及社区,未覆盖老年人,居民点数,最远步行距离（米）,未覆盖居民点,步行人群',
    );
    await page.locator('[data-testid=layer-gaps]').uncheck();

    // The current view: kinds and states by their Chinese names.
    const view = await downloadXlsx(page, '[data-testid=view-xlsx]');
    expect(view.rows[0]).toEqual(['图层', '名称', '类型', '状态', '经度', '纬度']);
    expect(view.rows.length).toBeGreaterThan(10);
    const kinds = new Set(view.rows.slice(1).map((r) => r[2]));
    expect(kinds.has('社区养老服务站')).toBe(true);
    expect(new Set(view.rows.slice(1).map((r) => r[0]))).toEqual(new Set(['养老服务设施', '医疗机构']));
    for (const r of [...sites.rows, ...gaps.rows, ...view.rows]) for (const v of r) expect(String(v)).not.toMatch(ENUM_CODE);
  });

  it('saves two scenarios by name, refuses a name taken, reopens one and compares the two side by side', async () => {
    const panel = page.locator('[data-testid=scenario-panel]');
    const zones = (await api.gql(`{ gapZones(limit: 3) { residentialAreas { location } } }`)).data.gapZones as any[];
    const at = (z: number) => zones[z].residentialAreas[0].location.coordinates as [number, number];
    await panel.locator('button', { hasText: '开始推演' }).click();
    const addAt = async (lonLat: [number, number]) => {
      const p = await placeOnMap(page, lonLat, 15);
      await page.mouse.click(p.x, p.y);
    };
    const name = panel.locator('[data-testid=scenario-name]');
    // Scenario A: two new stations.
    await addAt(at(0));
    await addAt(at(1));
    await expect.poll(() => panel.locator('[data-testid=scenario-counts]').textContent()).toContain('新增 2');
    await name.fill('甲方案补两处缺口');
    await panel.locator('[data-testid=scenario-save]').click();
    await expect.poll(() => panel.locator('[data-testid=scenario-notice]').textContent()).toBe('已保存“甲方案补两处缺口”。');
    await panel.locator('button', { hasText: '关闭方案' }).click();
    // Scenario B: one new station; first under A's name, which is refused beside the field.
    await addAt(at(2));
    await expect.poll(() => panel.locator('[data-testid=scenario-counts]').textContent()).toContain('新增 1');
    await name.fill('甲方案补两处缺口');
    await panel.locator('[data-testid=scenario-save]').click();
    await expect
      .poll(() => panel.locator('.cc-field-invalid .cc-field-error').textContent())
      .toBe('已有名为“甲方案补两处缺口”的方案，请换一个名称，或打开该方案后保存修改。');
    await name.fill('乙方案补一处缺口');
    await panel.locator('[data-testid=scenario-save]').click();
    await expect.poll(() => panel.locator('[data-testid=scenario-notice]').textContent()).toBe('已保存“乙方案补一处缺口”。');
    await panel.locator('button', { hasText: '结束推演' }).click();
    const saved = panel.locator('[data-testid=saved-scenario]');
    await expect.poll(() => saved.count()).toBe(2);
    const listed = (await api.gql(`{ scenarios { id name changes { action } } }`)).data.scenarios as any[];
    const a = listed.find((x) => x.name === '甲方案补两处缺口');
    const b = listed.find((x) => x.name === '乙方案补一处缺口');
    expect(a.changes).toHaveLength(2);
    expect(b.changes).toHaveLength(1);

    // Reopen A: its stations come back, and its comparison with the registry is shown.
    await panel.locator('button', { hasText: '关闭方案' }).click();
    await expect.poll(() => panel.locator('[data-testid=scenario-counts]').textContent()).toContain('新增 0');
    await saved.filter({ hasText: '甲方案' }).locator('[data-testid=scenario-open]').click();
    await expect.poll(() => panel.locator('[data-testid=scenario-opened]').textContent()).toContain('甲方案补两处缺口');
    await expect.poll(() => panel.locator('[data-testid=scenario-counts]').textContent()).toContain('新增 2');
    const single = panel.locator('[data-testid=scenario-result]');
    await expect.poll(() => single.locator('[data-testid=comparison-gained]').textContent(), { timeout: 60_000 }).toMatch(/^\+[1-9]/);

    // A and B side by side, each against the registry.
    await panel.locator('[data-testid=compare-a]').selectOption(a.id);
    await panel.locator('[data-testid=compare-b]').selectOption(b.id);
    await panel.locator('[data-testid=compare-run]').click();
    const side = panel.locator('[data-testid=scenario-side-by-side]');
    await side.waitFor({ timeout: 60_000 });
    await expect(side.locator('[data-testid=comparison-column]').allTextContents()).resolves.toEqual([
      '甲方案补两处缺口',
      '乙方案补一处缺口',
    ]);
    const expected = async (id: string) => {
      const r = (
        await api.gql(`query($id: ID) { compareScenario(scenarioId: $id) { changedAreas { group older coveredBefore coveredAfter } } }`, {
          id,
        })
      ).data.compareScenario.changedAreas as any[];
      const flips = r.filter((c) => c.group === 'STATION_OR_CENTER' && c.coveredAfter && !c.coveredBefore);
      return `+${flips.reduce((s, c) => s + c.older, 0).toLocaleString('zh-CN')}（${flips.length}个居民点）`;
    };
    await expect(side.locator('[data-testid=comparison-gained]').allTextContents()).resolves.toEqual([
      await expected(a.id),
      await expected(b.id),
    ]);
    await expect(side.locator('[data-testid=comparison-lost]').allTextContents()).resolves.toEqual(['无变化', '无变化']);
    const divisions = side.locator('[data-testid=comparison-divisions] tbody tr');
    expect(await divisions.count()).toBeGreaterThan(0);
    await expect(divisions.first().locator('th').textContent()).resolves.toMatch(/街道|镇$/);
    await expect(side.textContent()).resolves.not.toMatch(ENUM_CODE);
    // The areas A newly covers are marked on the map.
    const marked = await page.$eval('[data-testid=map]', (el) => {
      const map = (el as HTMLElement & { map: any }).map;
      return (map.getFilter('planner-scenario-gained')[2][1] as number[]).length;
    });
    expect(marked).toBeGreaterThan(0);
    await side.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await screenshot(page, 'planner-scenarios-side-by-side');

    const table = await downloadXlsx(page, '[data-testid=scenario-side-by-side] [data-testid=comparison-xlsx]');
    expect(table.rows[0]).toEqual([
      '街道/镇',
      '甲方案补两处缺口 新增覆盖老年人',
      '甲方案补两处缺口 不再覆盖老年人',
      '乙方案补一处缺口 新增覆盖老年人',
      '乙方案补一处缺口 不再覆盖老年人',
      '步行人群',
    ]);
    expect(String(table.rows[1][0])).toMatch(/街道|镇$/);
    expect(typeof table.rows[1][1]).toBe('number');
    await panel.locator('button', { hasText: '关闭方案' }).click();
  });

  it('exports the map as PNG with a title, legend, scale bar and date beside the map', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=map-png]').click()]);
    expect(download.suggestedFilename()).toMatch(/^.+区养老服务设施与步行覆盖-\d{4}-\d{2}-\d{2}\.png$/);
    const png = fs.readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const canvas = await page.$eval('[data-testid=map] canvas', (c) => ({
      w: (c as HTMLCanvasElement).width,
      h: (c as HTMLCanvasElement).height,
    }));
    // The legend column beside the map and the title band above it.
    expect(png.readUInt32BE(16)).toBeGreaterThan(canvas.w);
    expect(png.readUInt32BE(20)).toBeGreaterThan(canvas.h);
    fs.copyFileSync((await download.path())!, `${SCREENSHOTS}/planner-map-export.png`);
  });

  it('prints a report: map with legend, scale bar and north arrow, coverage by street/town, gaps, suggestions, date and data revision', async () => {
    await printReport(page);
    const report = page.locator('[data-testid=report]');
    await expect(report.isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid=ranking-csv]').isVisible()).resolves.toBe(false);
    await expect(report.locator('h1').textContent()).resolves.toBe('15分钟养老服务圈覆盖报告');
    const revision = (await api.gql(`{ coverage { dataRevision } }`)).data.coverage.dataRevision;
    await expect(report.locator('[data-testid=report-revision]').textContent()).resolves.toBe(`数据版本：${revision}`);
    await expect(report.locator('[data-testid=report-meta]').textContent()).resolves.toMatch(/^范围：.+区 · 日期：/);
    await expect(report.locator('[data-testid=report-walking]').textContent()).resolves.toContain('步行人群：老年人');
    await expect(report.locator('[data-testid=north-arrow]').isVisible()).resolves.toBe(true);
    await expect(report.locator('[data-testid=north-arrow]').getAttribute('aria-label')).resolves.toBe('北');
    await expect(report.locator('[data-testid=scale-bar]').textContent()).resolves.toMatch(/^\d[\d,]* (米|公里)$/);
    await expect(report.locator('[data-testid=report-legend]').textContent()).resolves.toContain('社区养老服务站');
    const streets = (await api.gql(`{ divisions(filter: { levels: [STREET, TOWN] }, first: 100) { totalCount } }`)).data.divisions
      .totalCount;
    await expect(report.locator('[data-testid=report-divisions] tbody tr').count()).resolves.toBe(streets);
    expect(await report.locator('[data-testid=report-gaps] tbody tr').count()).toBeGreaterThan(0);
    await expect(report.locator('[data-testid=report-suggestions]').textContent()).resolves.toMatch(/求解方法：(精确求解|贪心算法)/);
    await expect(report.textContent()).resolves.not.toMatch(ENUM_CODE);
    await page.screenshot({ path: `${SCREENSHOTS}/planner-print-report.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('in English: the scenarios side by side and the printed report speak English', async () => {
    try {
      await page.evaluate(() => localStorage.setItem('carecircle.lang', 'en'));
      await page.reload();
      await page.locator('[data-testid=planner-app]').waitFor();
      await waitForMap(page, 'facilities');
      const panel = page.locator('[data-testid=scenario-panel]');
      await expect.poll(() => panel.locator('[data-testid=saved-scenario]').count(), { timeout: 30_000 }).toBe(2);
      const listed = (await api.gql(`{ scenarios { id name } }`)).data.scenarios as any[];
      await panel.locator('[data-testid=compare-a]').selectOption(listed[1].id);
      await panel.locator('[data-testid=compare-b]').selectOption(listed[0].id);
      await panel.locator('[data-testid=compare-run]').click();
      const side = panel.locator('[data-testid=scenario-side-by-side]');
      await side.waitFor({ timeout: 60_000 });
      const text = (await side.textContent())!;
      expect(text).toContain('Older residents newly covered');
      expect(text).toContain('Gains and losses by street/town');
      expect(text).toMatch(/\+[\d,]+ \(\d+ areas\)/);
      expect(text).not.toMatch(ENUM_CODE);
      // Only the data (names of places and scenarios) is Chinese.
      expect(text.replace(/甲方案补两处缺口|乙方案补一处缺口|[\u4e00-\u9fff]+(街道|镇)/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
      await side.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      await screenshot(page, 'planner-scenarios-side-by-side-en');

      await printReport(page);
      const report = page.locator('[data-testid=report]');
      await expect(report.locator('h1').textContent()).resolves.toBe('15-minute elderly-care circle coverage report');
      await expect(report.locator('[data-testid=report-revision]').textContent()).resolves.toMatch(/^Data revision: \d+$/);
      await expect(report.locator('[data-testid=north-arrow]').getAttribute('aria-label')).resolves.toBe('N');
      await expect(report.locator('[data-testid=scale-bar]').textContent()).resolves.toMatch(/^\d[\d,.]* (m|km)$/);
      await expect(report.textContent()).resolves.not.toMatch(ENUM_CODE);
      await page.screenshot({ path: `${SCREENSHOTS}/planner-print-report-en.png`, fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => localStorage.setItem('carecircle.lang', 'zh-CN'));
      await page.reload();
      await page.locator('[data-testid=planner-app]').waitFor();
      await waitForMap(page, 'facilities');
    }
  });

  it('exports the ranking with Chinese headers and values', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=ranking-csv]').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const [header, first] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toContain('街道/镇');
    expect(header).toContain('未覆盖');
    expect(header).toContain('完整服务圈');
    expect(first).toMatch(/街道|镇/);
    expect(csv).not.toMatch(/STREET|TOWN|STATION_OR_CENTER/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=ranking-xlsx]').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^各街镇覆盖排名-.*\.xlsx$/);
  });

  it('a long suggestion can be cancelled, and says so', async () => {
    const panel = page.locator('[data-testid=site-suggestions]');
    await panel.locator('input[type=number]').fill('40');
    await panel.locator('button', { hasText: '计算' }).click();
    await panel.locator('[data-testid=suggest-cancel]').click();
    await expect.poll(() => panel.locator('[data-testid=suggest-failed]').textContent(), { timeout: 30_000 }).toBe('已取消');
    await expect(panel.locator('[data-testid=suggest-progress]').count()).resolves.toBe(0);
    await screenshot(page, 'planner-suggestion-cancelled');
  });

  it('answers every interaction within 300 ms', () => {
    for (const t of timings) expect(t.ms, t.what).toBeLessThan(300);
  });
});
