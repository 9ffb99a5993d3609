import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@carecircle/api/dist/db/seed-demo.js';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { CHROMIUM, launchBrowser, screenshot, signIn, waitForMap, type Browser } from './browser.js';

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);

/** Opens a station of the office's registry by searching its name. */
async function openStation(page: Page, api: TestApi, name: string): Promise<void> {
  await page.goto(`${api.url}/stations`);
  await page.locator('[data-testid=station-table] tbody tr').first().waitFor();
  await page.locator('[data-testid=station-search]').fill(name);
  await expect.poll(() => page.locator('[data-testid=station-table] tbody tr').count()).toBe(1);
  const row = page.locator('[data-testid=station-table] tbody tr').first();
  await row.click();
  // In a full run the first click has been seen to open nothing (not reproduced alone): a second
  // click, as a user would give, must open the form.
  const form = page.locator('[data-testid=station-form]');
  if (
    !(await form.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    ))
  ) {
    await screenshot(page, 'review-station-form-not-opened');
    await row.click();
    await form.waitFor();
  }
}

describe.skipIf(!haveChromium)('review in Chromium: the street office proposes, civil affairs reviews from its inbox', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let stations: { id: string; name: string; version: number; location: { coordinates: [number, number] }; capacity: { beds: number } }[];

  beforeAll(async () => {
    api = await startTestApi({ label: 'e2e-review', production: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    const lianglu = await api.gql(`{ divisions(filter: { search: "两路街道" }, first: 1) { nodes { id } } }`);
    const found = await api.gql(
      `query($d: ID) { facilities(filter: { divisionId: $d, kinds: [COMMUNITY_STATION], statuses: [APPROVED] }, first: 5) { nodes { id name version location capacity { beds } } } }`,
      { d: lianglu.data.divisions.nodes[0].id },
    );
    stations = found.data.facilities.nodes;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it("the office's change of an approved station waits for review, civil affairs lands on the inbox with the count, sees the diff and the coverage effect, rejects with a reason, and the office sees the reason", async () => {
    const station = stations[0];
    await signIn(page, api, 'lianglu');
    await openStation(page, api, station.name);
    await page.locator('[data-testid=station-proposal-note]').waitFor();
    await page.locator('[id="f-capacity.beds"]').fill('999');
    await page.locator('[data-testid=change-comment]').fill('扩建后床位增加');
    await screenshot(page, 'review-office-proposes-change');
    await page.locator('[data-testid=save-station]').click();
    await expect.poll(() => page.locator('[data-testid=saved-message]').textContent()).toContain('修改已提交审批');
    // The approved value stays in force until civil affairs approves.
    const stored = await api.gql(`query($id: ID!) { facility(id: $id) { status capacity { beds } pendingChange { id } } }`, {
      id: station.id,
    });
    expect(stored.data.facility).toMatchObject({ status: 'APPROVED', capacity: { beds: station.capacity.beds } });
    expect(stored.data.facility.pendingChange).not.toBeNull();
    await openStation(page, api, station.name);
    await expect.poll(() => page.locator('[data-testid=station-pending]').textContent()).toContain('999');

    // A second change moves another station (its effect on coverage is computed for the reviewer).
    const signedIn = await api.gqlAs(null, `mutation($p: String!) { signIn(username: "lianglu", password: $p) { token } }`, {
      p: DEMO_PASSWORD,
    });
    const office = signedIn.data.signIn.token as string;
    const moving = stations[1];
    const [lon, lat] = moving.location.coordinates;
    const moved = await api.gqlAs(office, `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id } }`, {
      i: { id: moving.id, version: moving.version, location: { lon: lon + 0.004, lat: lat + 0.002 }, comment: '迁至新址' },
    });
    expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();

    const count = (await api.gql(`{ reviewInboxCount }`)).data.reviewInboxCount as number;
    expect(count).toBeGreaterThanOrEqual(2);
    await signIn(page, api, 'minzheng');
    await page.goto(`${api.url}/stations`);
    await page.locator('[data-testid=review-inbox]').waitFor();
    await expect.poll(() => page.locator('[data-testid=tab-inbox]').textContent()).toBe(`待审批 ${count}`);
    await expect.poll(() => page.locator('[data-testid=inbox-count]').textContent()).toBe(String(count));
    await waitForMap(page, 'stations');

    const started = Date.now();
    await page.locator('[data-testid=inbox-table] tbody tr', { hasText: moving.name }).click();
    await page.locator('[data-testid=review-effect]').waitFor({ timeout: 60_000 });
    console.log(`[e2e] coverage effect of a move shown after ${Date.now() - started} ms`);
    await expect(page.locator('[data-testid=review-diff]').textContent()).resolves.toContain('位置');
    // Groups in Chinese, no enum codes.
    await expect(page.locator('[data-testid=review-effect]').textContent()).resolves.not.toMatch(
      /STATION_OR_CENTER|COMPLETE_CIRCLE|MEDICAL/,
    );
    await screenshot(page, 'review-inbox-move-effect');

    await page.locator('[data-testid=inbox-table] tbody tr', { hasText: station.name }).click();
    await expect.poll(() => page.locator('[data-testid=review-diff] tr[data-field="capacity.beds"]').textContent()).toContain('999');
    await expect.poll(() => page.locator('[data-testid=review-comment]').textContent()).toContain('扩建后床位增加');
    await screenshot(page, 'review-inbox-diff');
    // Rejecting without a reason says what is missing, in place.
    await page.locator('[data-testid=review-reject]').click();
    await expect.poll(() => page.locator('[data-testid=review-detail] .cc-field-error').textContent()).toContain('必填');
    await page.locator('[data-testid=review-reason]').fill('床位数与验收材料不符、请核实');
    await page.locator('[data-testid=review-reject]').click();
    await expect.poll(() => page.locator('[data-testid=review-done]').textContent()).toContain(station.name);
    await expect.poll(() => page.locator('[data-testid=tab-inbox]').textContent()).toBe(`待审批 ${count - 1}`);
    await screenshot(page, 'review-inbox-after-reject');

    await signIn(page, api, 'lianglu');
    await openStation(page, api, station.name);
    await expect.poll(() => page.locator('[data-testid=station-change-reason]').textContent()).toContain('床位数与验收材料不符、请核实');
    await expect.poll(() => page.locator('[data-testid=station-history]').textContent()).toContain('修改被退回');
    await expect(page.locator('[id="f-capacity.beds"]').inputValue()).resolves.toBe(String(station.capacity.beds));
    await screenshot(page, 'review-office-sees-reason');
  });
});
