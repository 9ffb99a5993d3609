import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { CHROMIUM, launchBrowser, placeOnMap, screenshot, waitForMap, type Browser, signIn } from './browser.js';

// Browser tests need Debian's chromium (.ci/run installs it); elsewhere they are left out with a notice.
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);
if (!haveChromium) console.warn(`[e2e] ${CHROMIUM} not found: browser tests are left out.`);

/** Finds a residential area of a division: a point inside it, for clicking the map. */
async function pointIn(api: TestApi, divisionId: string): Promise<[number, number]> {
  const res = await api.gql(`query($d: ID!) { residentialAreas(filter: { divisionId: $d }, first: 5) { nodes { location } } }`, {
    d: divisionId,
  });
  return res.data.residentialAreas.nodes[2].location.coordinates;
}

describe.skipIf(!haveChromium)('admin front end in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let street: { id: string; name: string };
  let office: { id: string; name: string };

  beforeAll(async () => {
    api = await startTestApi({ label: 'e2e', production: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    const res = await api.gql(`{ divisions(filter: { levels: [STREET] }, first: 1) { nodes { id name } } }`);
    street = res.data.divisions.nodes[0];
    const lianglu = await api.gql(`{ divisions(filter: { search: "两路街道" }, first: 1) { nodes { id name } } }`);
    office = lianglu.data.divisions.nodes[0];
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('a planner sees the gap layer and a street’s figures', async () => {
    await signIn(page, api, 'planner');
    await expect(page.locator('.shell-header nav a').allTextContents()).resolves.toEqual(['规划']);
    await page.goto(`${api.url}/planner`);
    await page.locator('[data-testid=planner-app]').waitFor();
    await waitForMap(page, 'facilities');
    await page.locator('[data-testid=layer-gaps]').check();
    await page.locator('[data-testid=layer-uncovered]').check();
    await page.locator('[data-testid=gap-list] li').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => {
      const map = (document.querySelector('[data-testid=map]') as HTMLElement & { map: any }).map;
      return map.querySourceFeatures('gaps').length > 0;
    });
    await screenshot(page, 'planner-gaps');

    // Facility symbols off, so the click lands on the street itself.
    for (const box of await page.locator('[data-testid^="layer-kind:"], [data-testid=layer-medical]').all()) await box.uncheck();
    const at = await placeOnMap(page, await pointIn(api, street.id), 13);
    await page.mouse.click(at.x, at.y);
    const figures = page.locator('[data-testid=division-figures]');
    await expect.poll(() => figures.locator('h3').textContent()).toContain(street.name);
    await expect.poll(() => page.locator('[data-testid=coverage-share]').textContent(), { timeout: 30_000 }).toMatch(/\d+(\.\d)?%/);
    await expect.poll(() => page.locator('[data-testid=uncovered-older]').textContent()).toMatch(/\d/);
    await expect(figures.locator('svg[role=img]').count()).resolves.toBeGreaterThan(0);
    await figures.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'planner-division-figures');
  });

  it('a street office registers a station by clicking the map, and the planner’s map shows it', async () => {
    await signIn(page, api, 'lianglu');
    await expect(page.locator('.shell-header nav a').allTextContents()).resolves.toEqual(['街道站点登记', '养老人才']);
    await page.goto(`${api.url}/stations`);
    await expect.poll(() => page.locator('[data-testid=office-name]').textContent()).toBe(office.name);
    await page.locator('[data-testid=station-table] tbody tr').first().waitFor();
    await waitForMap(page, 'stations');
    await page.locator('[data-testid=register-station]').click();
    const place = await pointIn(api, office.id);
    const at = await placeOnMap(page, place, 15);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('#f-location').inputValue()).not.toBe('');

    // The server's messages appear beside the fields (here: the name is required).
    await page.locator('[data-testid=station-form] button[type=submit]').click();
    await page.locator('.cc-field-invalid #f-name').waitFor();
    await screenshot(page, 'stations-field-error');

    const name = `测试站点${Date.now() % 100000}`;
    await page.locator('#f-name').fill(name);
    await page.locator('[data-testid=station-form]').getByLabel('助餐', { exact: true }).check();
    await page.locator('[id="f-capacity.mealSeats"]').fill('30');
    await page.locator('[id="f-operator.name"]').fill('百龄帮');
    await page.locator('[data-testid=station-form] button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=saved-message]').textContent()).toContain(name);
    await expect(page.locator('[data-testid=saved-message]').textContent()).resolves.toContain('草稿');
    await expect.poll(() => page.locator('[data-testid=station-table]').textContent()).toContain(name);
    await expect.poll(() => page.locator('[data-testid=station-status]').textContent()).toBe('草稿');
    await page.locator('[data-testid=submit-station]').click();
    await expect.poll(() => page.locator('[data-testid=saved-message]').textContent()).toContain('已提交');
    await expect.poll(() => page.locator('[data-testid=station-table] tr', { hasText: name }).textContent()).toContain('已提交');

    const saved = await api.gql(`query($s: String) { facilities(filter: { search: $s }) { nodes { status location division { id } } } }`, {
      s: name,
    });
    const station = saved.data.facilities.nodes[0];
    expect(station.status).toBe('SUBMITTED');
    expect(station.division.id).not.toBeNull();
    expect(Math.abs(station.location.coordinates[0] - place[0])).toBeLessThan(0.0005);
    expect(Math.abs(station.location.coordinates[1] - place[1])).toBeLessThan(0.0005);
    await screenshot(page, 'stations-registered');

    await signIn(page, api, 'planner');
    await page.goto(`${api.url}/planner`);
    await waitForMap(page, 'facilities');
    await placeOnMap(page, place, 15);
    await page.waitForFunction((n) => {
      const map = (document.querySelector('[data-testid=map]') as HTMLElement & { map: any }).map;
      return map.queryRenderedFeatures({ layers: ['planner-facilities'] }).some((f: any) => f.properties.name === n);
    }, name);
    await screenshot(page, 'planner-shows-new-station');
  });

  it('the health bureau creates an agreement and the signing coverage updates', async () => {
    // An institution whose only valid agreement is terminated first, so the new one restores full coverage.
    const res = await api.gql(`{ agreements(first: 120) { nodes { id status facility { id name } } } }`);
    const valid = res.data.agreements.nodes.filter((a: any) => a.status === 'ACTIVE' || a.status === 'EXPIRING');
    const target = valid.find((a: any) => valid.filter((b: any) => b.facility.id === a.facility.id).length === 1);
    expect(target).toBeTruthy();

    await signIn(page, api, 'weijian');
    await page.goto(`${api.url}/agreements`);
    const coverage = page.locator('[data-testid=district-coverage]');
    await expect.poll(() => coverage.textContent(), { timeout: 30_000 }).toBe('100%');
    await page.locator(`[data-testid="terminate-${target.id}"]`).click();
    await page.locator('[data-testid=action-value]').fill('合作医院调整');
    await page.locator('[data-testid=action-save]').click();
    // Termination asks for confirmation first (issue 14), then reports and shows its reason in the row.
    await expect(page.locator('[data-testid=terminate-confirm]').textContent()).resolves.toContain('确认终止');
    await expect.poll(() => coverage.textContent()).toBe('100%');
    await page.locator('[data-testid=action-save]').click();
    // The termination and the coverage's refetch take more than the poll's default second on a loaded machine.
    // The toast answers the mutation at once (for 5 s); the coverage follows when the register has reloaded.
    await expect.poll(() => page.locator('[data-testid=toast]').textContent(), { timeout: 30_000 }).toBe('已终止');
    await expect.poll(() => coverage.textContent(), { timeout: 30_000 }).not.toBe('100%');
    await expect(page.locator(`[data-testid="reason-${target.id}"]`).textContent()).resolves.toBe('终止原因：合作医院调整');

    // Walking beside the straight line, and agreements beyond the emergency-response distance flagged.
    await expect(page.locator(`[data-testid="distance-${target.id}"]`).textContent()).resolves.toMatch(/步行 [\d.]+ 公里直线 [\d.]+ 公里/);
    await expect(page.locator('[data-testid=emergency-limit]').inputValue()).resolves.toBe('5');
    await page.locator('[data-testid=emergency-limit]').fill('0.5');
    await expect.poll(() => page.locator('[data-testid=beyond-count]').textContent()).toMatch(/⚠ \d+ 份签约超出应急响应距离/);
    await expect(page.locator('[data-testid^=beyond-]').count()).resolves.toBeGreaterThan(1);
    // Search by an institution's name.
    await page.locator('[data-testid=agreement-search]').fill(target.facility.name);
    await expect
      .poll(async () =>
        (await page.locator('[data-testid=agreement-table] tbody tr').allTextContents()).every((r) => r.includes(target.facility.name)),
      )
      .toBe(true);
    await screenshot(page, 'agreements-terminated-flagged');
    await page.locator('[data-testid=agreement-search]').fill('');
    const unsigned = page.locator('[data-testid=unsigned-list] li', { hasText: target.facility.name });
    await unsigned.waitFor();
    await waitForMap(page, 'care');
    await screenshot(page, 'agreements-unsigned');

    await unsigned.getByRole('button').click();
    const form = page.locator('[data-testid=agreement-form]');
    await expect(form.locator('#a-facility').inputValue()).resolves.toBe(target.facility.id);
    const medicalId = await form.locator('#a-medical option').nth(1).getAttribute('value');
    await form.locator('#a-medical').selectOption(medicalId!);
    await page.locator('[data-testid=agreement-save]').click();
    await expect.poll(() => coverage.textContent()).toBe('100%');
    // The register reloads page by page after the change: the list empties once the last page is in.
    await expect.poll(() => page.locator('[data-testid=unsigned-list] li').count()).toBe(0);
    await screenshot(page, 'agreements-created');
  });

  it('an app whose bundle is missing shows its error panel while the others work', async () => {
    const other = await browser.context.newPage();
    await other.route('**/apps/agreements/**', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
    await signIn(other, api, 'admin');
    await other.goto(`${api.url}/agreements`);
    await other.locator('[data-testid=error-panel]').waitFor();
    await expect(other.locator('[data-testid=error-panel]').textContent()).resolves.toContain('医养签约');
    await screenshot(other, 'missing-bundle');
    await other.getByRole('link', { name: '规划' }).click();
    await waitForMap(other, 'facilities');
    await expect(other.locator('[data-testid=error-panel]').count()).resolves.toBe(0);
    await other.getByRole('link', { name: '街道站点登记' }).click();
    await other.locator('[data-testid=station-table] tbody tr').first().waitFor();
    await other.close();
  });

  it('no request left localhost', () => {
    expect(browser.external).toEqual([]);
  });

  it('every operation of the apps went by its registered hash (the API runs in production mode)', () => {
    expect(api.server.operations.enforce).toBe(true);
    // An unregistered operation would have been resent as text (and refused); none was.
    expect(browser.graphql.withText).toEqual([]);
    expect(browser.graphql.byHash).toBeGreaterThan(20);
  });
});
