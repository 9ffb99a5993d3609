import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@carecircle/api/dist/db/seed-demo.js';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { CHROMIUM, launchBrowser, placeOnMap, screenshot, signIn, waitForMap, type Browser } from './browser.js';

// Browser tests need Debian's chromium (.ci/run installs it); elsewhere they are left out with a notice.
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);

/** Polls with room for a loaded machine (the figures printed below are what a user waits). */
const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number; message?: string } = {}) =>
  expect.poll(fn, { timeout: 15_000, ...options });

/** Interaction latencies (click or keystroke → the UI settled on the answer), printed at the end. */
const latencies: { what: string; ms: number }[] = [];
async function timed(what: string, act: () => Promise<unknown>, settled: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await act();
  await settled();
  const ms = Math.round(performance.now() - started);
  latencies.push({ what, ms });
  return ms;
}

/** Parts of the page that are cut at the right edge or wider than their panel (nothing may be). */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].join('.')}`;
    const header = document.querySelector('.shell-header') as HTMLElement | null;
    if (header && header.scrollWidth > header.clientWidth + 1) problems.push(`header ${header.scrollWidth} > ${header.clientWidth}`);
    for (const a of document.querySelectorAll('.shell-header nav a'))
      if ((a as HTMLElement).getBoundingClientRect().height > 34) problems.push(`navigation item on two lines: ${a.textContent}`);
    for (const side of document.querySelectorAll('.cc-side')) {
      const s = side as HTMLElement;
      if (s.scrollWidth > s.clientWidth + 1) problems.push(`${name(s)} scrolls sideways (${s.scrollWidth} > ${s.clientWidth})`);
      const right = s.getBoundingClientRect().right;
      for (const el of s.querySelectorAll('table, .cc-panel, .cc-filters, button, select, input')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > right + 1)
          problems.push(`${name(el)} ends at ${Math.round(box.right)}, the panel at ${Math.round(right)}`);
      }
      // A table cell breaking a Latin word in the middle (one letter a line) is cramped.
      for (const td of s.querySelectorAll('td'))
        if ((td as HTMLElement).clientWidth > 0 && (td as HTMLElement).clientWidth < 40 && /[A-Za-z]{4}/.test(td.textContent ?? ''))
          problems.push(`cramped cell: ${td.textContent}`);
    }
    for (const wrap of document.querySelectorAll('[data-testid=agreement-table]')) {
      const t = wrap as HTMLElement;
      const parent = t.parentElement!;
      if (t.getBoundingClientRect().right > parent.getBoundingClientRect().right + 1) problems.push('agreement table wider than its area');
    }
    return problems;
  });
}

/** The screen in both languages and at both sizes: nothing cut off; returns to zh-CN at 1280×800. */
async function checkLayouts(page: Page, where: string): Promise<void> {
  for (const lang of ['en', 'zh-CN'] as const) {
    await page.locator('[data-testid=lang-switch]').selectOption(lang);
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    for (const [width, height] of [
      [1440, 900],
      [1280, 800],
    ]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await poll(() => cutOff(page), { message: `${where} in ${lang} at ${width}×${height}` }).toEqual([]);
      if (lang === 'en' && width === 1280) await screenshot(page, `roles-${where}-en`);
    }
  }
}

/** Points of residential areas of a division (inside its boundary). */
async function pointsIn(api: TestApi, divisionId: string): Promise<[number, number][]> {
  const res = await api.gql(`query($d: ID!) { residentialAreas(filter: { divisionId: $d }, first: 8) { nodes { location } } }`, {
    d: divisionId,
  });
  return res.data.residentialAreas.nodes.map((n: { location: { coordinates: [number, number] } }) => n.location.coordinates);
}

const csv = (rows: unknown[][]) =>
  Buffer.from('\uFEFF' + [['名称', '类型', '经度', '纬度', '服务项目'], ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n');

const rows = (page: Page) => page.locator('[data-testid=station-table] tbody tr');

describe.skipIf(!haveChromium)('every role in Chromium: what each sees and does, in both languages, and how fast it answers', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let office: { id: string; name: string };
  let inside: [number, number][];
  let outside: [number, number];
  const suffix = Date.now() % 100000;
  const draft = `角色测试站${suffix}`;
  const uploaded = [`表格站甲${suffix}`, `表格站乙${suffix}`];
  /** Items a refusal would have produced (FORBIDDEN answers seen by the pages). */
  const refused: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({ label: 'e2e-roles', production: true });
    browser = await launchBrowser();
    await browser.context.addInitScript(() => {
      // Printing (the planner's report) opens no dialog in the test.
      window.print = () => undefined;
    });
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    page.on('response', async (res) => {
      if (!res.url().endsWith('/graphql')) return;
      const body = await res.text().catch(() => '');
      if (body.includes('"FORBIDDEN"')) refused.push(body.slice(0, 200));
    });
    const lianglu = await api.gql(`{ divisions(filter: { search: "两路街道" }, first: 1) { nodes { id name } } }`);
    office = lianglu.data.divisions.nodes[0];
    inside = await pointsIn(api, office.id);
    const streets = await api.gql(`{ divisions(filter: { levels: [STREET] }, first: 20) { nodes { id } } }`);
    outside = (await pointsIn(api, streets.data.divisions.nodes.find((d: { id: string }) => d.id !== office.id).id))[0];
    // Loading the demo district takes 15 s on an idle machine, minutes on a loaded one.
  }, 420_000);

  afterAll(async () => {
    if (latencies.length) {
      const width = Math.max(...latencies.map((l) => l.what.length));
      console.log(
        `[e2e] interaction latencies (click → settled UI, demo district, 2-core machine):\n${latencies
          .map((l) => `  ${l.what.padEnd(width)}  ${String(l.ms).padStart(5)} ms`)
          .join('\n')}`,
      );
    }
    await browser?.close();
    await api?.stop();
  });

  it('street office: the point is checked when picked, errors clear when corrected, one bad value gives one message, and the list is searched, filtered and sorted', async () => {
    await signIn(page, api, 'lianglu');
    await page.goto(`${api.url}/stations`);
    await rows(page).first().waitFor();
    await waitForMap(page, 'stations');
    await screenshot(page, 'roles-street-office');

    await page.locator('[data-testid=register-station]').click();
    let at = await placeOnMap(page, outside, 13);
    await timed(
      'pick a point outside the jurisdiction → boundary message',
      () => page.mouse.click(at.x, at.y),
      () => poll(() => page.locator('[data-testid=location-check][role=alert]').textContent()).toMatch(/辖区|范围/),
    );
    at = await placeOnMap(page, inside[3], 15);
    await timed(
      'pick a point inside → boundary message cleared',
      () => page.mouse.click(at.x, at.y),
      () => poll(() => page.locator('[data-testid=location-check][role=alert]').count()).toBe(0),
    );
    // No name, and negative beds with occupied beds: the occupied beds are not compared with a wrong figure.
    await page.locator('[id="f-capacity.beds"]').fill('-3');
    await page.locator('[id="f-capacity.occupiedBeds"]').fill('2');
    await page.locator('[id="f-capacity.nursingBeds"]').fill('1');
    await timed(
      'save with two bad values → messages beside the fields',
      () => page.locator('[data-testid=save-station]').click(),
      () => page.locator('.cc-field-invalid #f-name').waitFor(),
    );
    const invalid = () =>
      page.locator('[data-testid=station-form] .cc-field-invalid input').evaluateAll((els) => els.map((e) => e.id).sort());
    await poll(invalid).toEqual(['f-capacity.beds', 'f-name']);
    await screenshot(page, 'roles-street-office-errors');
    await timed(
      'correct a value → its message cleared',
      () => page.locator('#f-name').fill(draft),
      () => poll(invalid).toEqual(['f-capacity.beds']),
    );
    await page.locator('[id="f-capacity.beds"]').fill('4');
    await poll(invalid).toEqual([]);
    await timed(
      'save a draft → saved message',
      () => page.locator('[data-testid=save-station]').click(),
      () => poll(() => page.locator('[data-testid=saved-message]').textContent()).toContain(draft),
    );
    await poll(() => page.locator('[data-testid=station-table]').textContent()).toContain(draft);

    // Search, filters by kind and state, sorting.
    const all = await rows(page).count();
    await timed(
      'search the registry by name',
      () => page.locator('[data-testid=station-search]').fill(draft),
      () => poll(() => rows(page).count()).toBe(1),
    );
    await page.locator('[data-testid=station-search]').fill('');
    await timed(
      'filter the registry by state (draft)',
      () => page.locator('[data-testid=station-status-filter]').selectOption('DRAFT'),
      () => poll(async () => (await rows(page).allTextContents()).every((r) => r.includes('草稿'))).toBe(true),
    );
    await page.locator('[data-testid=station-status-filter]').selectOption('');
    await page.locator('[data-testid=station-kind-filter]').selectOption('CARE_INSTITUTION');
    await poll(async () => (await rows(page).allTextContents()).every((r) => r.includes('养老机构'))).toBe(true);
    expect(await rows(page).count()).toBeLessThan(all);
    await page.locator('[data-testid=station-kind-filter]').selectOption('');
    const names = () => rows(page).evaluateAll((trs) => trs.map((tr) => (tr.querySelector('td')!.childNodes[1]?.textContent ?? '').trim()));
    await timed(
      'sort the registry by name',
      () => page.locator('[data-testid=station-table] th[data-sort-key=name]').click(),
      () => page.locator('[data-testid=station-table] th[data-sort-key=name][aria-sort=descending]').waitFor(),
    );
    const sorted = await names();
    expect(sorted).toEqual([...sorted].sort((a, b) => b.localeCompare(a, 'zh-CN')));
    await checkLayouts(page, 'street-office');
  });

  it('street office: the template has an example row, upload messages name the file’s columns and kinds in Chinese, and the drafts are submitted together', async () => {
    await page.locator('[data-testid=station-form] button', { hasText: '取消' }).click();
    await page.locator('[data-testid=upload-open]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=upload-template]').click()]);
    const template = fs
      .readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(template.length).toBe(2);
    expect(template[0]).toMatch(/^名称,类型,/);
    expect(template[1]).toMatch(/社区养老服务站/);

    await timed(
      'upload a spreadsheet of 3 rows → row-by-row report',
      () =>
        page.locator('[data-testid=upload-file]').setInputFiles({
          name: '站点.csv',
          mimeType: 'text/csv',
          buffer: csv([
            [uploaded[0], '社区养老服务站', ...inside[4], '助餐'],
            [`类型错站${suffix}`, '养老站', ...inside[5], ''],
            [uploaded[1], '村级互助养老点', ...inside[6], ''],
          ]),
        }),
      () => page.locator('[data-testid=upload-errors] tbody tr').first().waitFor({ timeout: 30_000 }),
    );
    const error = await page.locator('[data-testid=upload-errors] tbody tr').first().textContent();
    // The column as the file names it, the value given, and the kinds in Chinese (no enum codes).
    expect(error).toContain('类型');
    expect(error).toContain('社区养老服务站');
    expect(error).not.toMatch(/COMMUNITY_STATION|MUTUAL_AID_POINT/);
    await page.locator('[data-testid=upload-panel]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'roles-street-office-upload');
    await page.locator('[data-testid=upload-import-valid]').click();
    await poll(() => page.locator('[data-testid=station-table]').textContent(), { timeout: 30_000 }).toContain(uploaded[1]);

    // Three drafts now (the one registered above and the two uploaded): one button submits them together.
    const submitAll = page.locator('[data-testid=submit-drafts]');
    await poll(() => submitAll.textContent()).toMatch(/3/);
    await timed(
      'submit 3 drafts together',
      () => submitAll.click(),
      () => poll(() => page.locator('[data-testid=saved-message]').textContent()).toMatch(/3/),
    );
    const stored = await api.gql(`query($s: String) { facilities(filter: { search: $s }) { nodes { name status } } }`, {
      s: String(suffix),
    });
    expect(
      stored.data.facilities.nodes.map((n: { status: string }) => n.status),
      JSON.stringify(stored.data),
    ).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);

    // Submitted and approved stations of the same kind look different on the map: the colours drawn around them differ.
    const ring = async (name: string): Promise<number[]> => {
      const found = await api.gql(`query($s: String) { facilities(filter: { search: $s }) { nodes { location } } }`, { s: name });
      const p = await placeOnMap(page, found.data.facilities.nodes[0].location.coordinates, 16);
      const png = await page.screenshot({ clip: { x: p.x - 14, y: p.y - 14, width: 28, height: 28 } });
      return page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        // The mean colour of the ring's band (10–12 px from the centre, where the symbol itself is not).
        const sum = [0, 0, 0];
        let n = 0;
        const c = img.width / 2;
        for (let y = 0; y < img.height; y++)
          for (let x = 0; x < img.width; x++) {
            const r = Math.hypot(x + 0.5 - c, y + 0.5 - c);
            if (r < 10 || r > 12) continue;
            const d = ctx.getImageData(x, y, 1, 1).data;
            sum[0] += d[0];
            sum[1] += d[1];
            sum[2] += d[2];
            n++;
          }
        return sum.map((v) => v / n);
      }, png.toString('base64'));
    };
    await page.locator('[data-testid=station-search]').fill('');
    const approved = await api.gql(
      `query($d: ID) { facilities(filter: { divisionId: $d, kinds: [COMMUNITY_STATION], statuses: [APPROVED] }, first: 1) { nodes { name } } }`,
      { d: office.id },
    );
    const [a, b] = [await ring(uploaded[0]), await ring(approved.data.facilities.nodes[0].name)];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `submitted ${a}, approved ${b}`).toBeGreaterThan(60);
  });

  it('civil affairs starts in the review inbox, the navigation shows the count, and approving or rejecting updates it at once', async () => {
    const count = (await api.gql(`{ reviewInboxCount }`)).data.reviewInboxCount as number;
    expect(count).toBeGreaterThanOrEqual(3);
    await signIn(page, api, 'minzheng');
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/stations/);
    await page.locator('[data-testid=review-inbox]').waitFor();
    const badge = page.locator('[data-testid=nav-review-count]');
    await poll(() => badge.textContent()).toBe(`待审批 ${count}`);
    const item = page.locator('[data-testid=inbox-table] tbody tr', { hasText: uploaded[0] });
    await expect(item.locator('[data-testid=inbox-by]').textContent()).resolves.toBe('两路街道办事处');
    await expect(item.textContent()).resolves.toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d/);
    await expect(item.locator('[data-testid=inbox-division]').textContent()).resolves.toMatch(/社区|村/);

    await timed(
      'open an inbox item → its diff',
      () => item.click(),
      () => page.locator('[data-testid=review-diff]').waitFor(),
    );
    // The effect on coverage is a first-time analysis: it says it is computing until it is there.
    await timed(
      'first-time analysis: coverage effect of approving (progress shown meanwhile)',
      () => Promise.resolve(),
      () => page.locator('[data-testid=review-effect]').waitFor({ timeout: 60_000 }),
    );
    await waitForMap(page, 'stations');
    await screenshot(page, 'roles-civil-affairs');
    await timed(
      'approve → the navigation count goes down',
      () => page.locator('[data-testid=review-approve]').click(),
      () => poll(() => badge.textContent()).toBe(`待审批 ${count - 1}`),
    );
    await page.locator('[data-testid=inbox-table] tbody tr', { hasText: uploaded[1] }).click();
    await page.locator('[data-testid=review-reason]').fill('位置与门牌不符，请核实');
    await timed(
      'reject with a reason → the navigation count goes down',
      () => page.locator('[data-testid=review-reject]').click(),
      () => poll(() => badge.textContent()).toBe(`待审批 ${count - 2}`),
    );
    // The count links to the inbox from anywhere.
    await page.getByRole('link', { name: '规划' }).click();
    await page.locator('[data-testid=planner-app]').waitFor();
    await badge.click();
    await page.locator('[data-testid=review-inbox]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/stations/inbox');
    await checkLayouts(page, 'civil-affairs');
    await page.locator('[data-testid=inbox-table] tbody tr').first().click();
    await page.locator('[data-testid=review-diff]').waitFor();
    await checkLayouts(page, 'civil-affairs-item');

    // A reader of agreements: no action offered, and none of the buttons shown is refused.
    await page.getByRole('link', { name: '医养签约' }).click();
    await page.locator('[data-testid=agreement-table] tbody tr').first().waitFor();
    await expect(page.locator('[data-testid^=terminate-], [data-testid^=renew-], [data-testid=new-agreement]').count()).resolves.toBe(0);
    await checkLayouts(page, 'civil-affairs-agreements');
  });

  it('street office sees the outcome on each station: the state, the reviewer’s reason and the history of its submissions', async () => {
    await signIn(page, api, 'lianglu');
    await page.goto(`${api.url}/stations`);
    await rows(page).first().waitFor();
    await page.locator('[data-testid=station-search]').fill(uploaded[1]);
    // The list's "no records" row also counts as one: wait for the station itself.
    await poll(() => rows(page).first().textContent()).toContain(uploaded[1]);
    await poll(() => rows(page).count()).toBe(1);
    await expect(rows(page).first().textContent()).resolves.toContain('已退回');
    await timed(
      'open a station from the list → its form',
      () => rows(page).first().click(),
      () => page.locator('[data-testid=station-reason]').waitFor(),
    );
    await expect(page.locator('[data-testid=station-reason]').textContent()).resolves.toContain('位置与门牌不符，请核实');
    const history = await page.locator('[data-testid=station-history]').textContent();
    expect(history).toMatch(/导入|登记/);
    expect(history).toContain('提交');
    expect(history).toContain('退回');
    await page.locator('[data-testid=station-search]').fill(uploaded[0]);
    await poll(() => rows(page).first().textContent()).toContain('已批准');
    await page.locator('[data-testid=station-history]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'roles-street-office-outcome');
  });

  it('health bureau: renewal reports, updates its row and leaves the to-do list; the register sorts and searches', async () => {
    await signIn(page, api, 'weijian');
    await page.goto(`${api.url}/agreements`);
    await page.locator('[data-testid=agreement-table] tbody tr').first().waitFor();
    const expiring = page.locator('[data-testid=expiry-list] li');
    await expiring.first().waitFor();
    const before = await expiring.count();
    const todo = (await expiring.first().textContent())!;
    await expiring.first().locator('a').click();
    const row = page.locator('[data-testid=agreement-table] tr.cc-selected');
    await row.waitFor();
    const id = await row.getAttribute('data-row-key');
    await page.locator(`[data-testid="renew-${id}"]`).click();
    const endsOn = `${new Date().getFullYear() + 3}-06-30`;
    await page.locator('[data-testid=action-value]').fill(endsOn);
    await timed(
      'renew an agreement → toast, row updated',
      () => page.locator('[data-testid=action-save]').click(),
      () => poll(() => page.locator('[data-testid=toast]').textContent()).toBe('已续签'),
    );
    await poll(() => page.locator(`[data-testid="renewed-${id}"]`).textContent()).toBe(`已续签至 ${endsOn}`);
    await expect(page.locator(`[data-testid="renew-${id}"]`).count()).resolves.toBe(0);
    await poll(() => expiring.count()).toBe(before - 1);
    await expect(page.locator('[data-testid=expiry-list]').textContent()).resolves.not.toContain(todo);
    await screenshot(page, 'roles-health-bureau');

    const distances = () =>
      page
        .locator('[data-testid=agreement-table] tbody tr [data-testid^=distance-] div:first-child')
        .evaluateAll((els) => els.map((e) => Number(/([\d.]+)/.exec(e.textContent ?? '')?.[1])));
    await timed(
      'sort 100+ agreements by distance',
      () => page.locator('[data-testid=agreement-table] th[data-sort-key=distance]').click(),
      () => page.locator('[data-testid=agreement-table] th[data-sort-key=distance][aria-sort=descending]').waitFor(),
    );
    const d = await distances();
    expect(d.length).toBeGreaterThan(100);
    expect(d.slice(0, 60)).toEqual([...d.slice(0, 60)].sort((a, b) => b - a));
    await timed(
      'search agreements by an institution',
      () => page.locator('[data-testid=agreement-search]').fill('第二人民医院'),
      () =>
        expect
          .poll(async () =>
            (await page.locator('[data-testid=agreement-table] tbody tr').allTextContents()).every((r) => r.includes('第二人民医院')),
          )
          .toBe(true),
    );
    await page.locator('[data-testid=agreement-search]').fill('');
    await timed(
      'change the emergency-response distance → flags',
      () => page.locator('[data-testid=emergency-limit]').fill('1'),
      () => poll(() => page.locator('[data-testid=beyond-count]').textContent()).toMatch(/\d+/),
    );
    await page.locator('[data-testid=emergency-limit]').fill('5');
    await checkLayouts(page, 'health-bureau');
  });

  it('planner and viewer: what they see, and a viewer finds no enabled button that would be refused', async () => {
    await signIn(page, api, 'planner');
    await page.locator('[data-testid=planner-app]').waitFor();
    await waitForMap(page, 'facilities');
    await screenshot(page, 'roles-planner');

    refused.length = 0;
    await signIn(page, api, 'viewer');
    await page.locator('[data-testid=planner-app]').waitFor();
    await waitForMap(page, 'facilities');
    await screenshot(page, 'roles-viewer');
    // The viewer's apps: the planner only; the registry's and agreements' addresses open nothing of theirs.
    await expect(page.locator('.shell-header nav a').allTextContents()).resolves.toEqual(['规划']);
    // Every enabled button of the app, clicked: none is answered with a refusal.
    const buttons = page.locator('[data-testid=planner-app] button:enabled');
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      const b = buttons.nth(i);
      if (!(await b.isVisible())) continue;
      await b.click({ timeout: 2000 }).catch(() => undefined);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(1000);
    expect(refused).toEqual([]);
    // And the same through the API: the viewer may not run analyses, which the planner offers it no button for.
    const viewer = await api.gqlAs(null, `mutation($p: String!) { signIn(username: "viewer", password: $p) { token } }`, {
      p: DEMO_PASSWORD,
    });
    const can = await api.gqlAs(viewer.data.signIn.token, `{ viewerCan { runAnalyses registerFacilities manageAgreements } }`);
    expect(can.data.viewerCan).toEqual({ runAnalyses: false, registerFacilities: false, manageAgreements: false });
  });

  it('no request left localhost, and every GraphQL operation went by its registered hash', () => {
    expect(browser.external).toEqual([]);
    expect(browser.graphql.withText).toEqual([]);
  });
});
