import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { CHROMIUM, launchBrowser, screenshot, type Browser, signIn } from './browser.js';

// Browser tests need Debian's chromium (.ci/run installs it); elsewhere they are left out with a notice.
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);

/** Points of residential areas of a division (inside its boundary). */
async function pointsIn(api: TestApi, divisionId: string): Promise<[number, number][]> {
  const res = await api.gql(`query($d: ID!) { residentialAreas(filter: { divisionId: $d }, first: 6) { nodes { location } } }`, {
    d: divisionId,
  });
  return res.data.residentialAreas.nodes.map((n: { location: { coordinates: [number, number] } }) => n.location.coordinates);
}

const csv = (rows: unknown[][]) =>
  Buffer.from(
    '\uFEFF' + [['名称', '类型', '经度', '纬度', '服务项目', '助餐座位数'], ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n',
  );

describe.skipIf(!haveChromium)('a street office uploads a spreadsheet of stations', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let office: { id: string; name: string };
  let inside: [number, number][];
  let outside: [number, number];

  beforeAll(async () => {
    api = await startTestApi({ label: 'e2e-upload', production: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    const lianglu = await api.gql(`{ divisions(filter: { search: "两路街道" }, first: 1) { nodes { id name } } }`);
    office = lianglu.data.divisions.nodes[0];
    const streets = await api.gql(`{ divisions(filter: { levels: [STREET] }, first: 20) { nodes { id } } }`);
    inside = await pointsIn(api, office.id);
    outside = (await pointsIn(api, streets.data.divisions.nodes.find((d: { id: string }) => d.id !== office.id).id))[0];
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('sees the row-by-row report, imports only the valid rows, and the list shows them as drafts', async () => {
    await signIn(page, api, 'lianglu');
    await page.goto(`${api.url}/stations`);
    await expect.poll(() => page.locator('[data-testid=office-name]').textContent()).toBe(office.name);
    await page.locator('[data-testid=station-table] tbody tr').first().waitFor();
    const before = await api.count('facility');

    await page.locator('[data-testid=upload-open]').click();
    const suffix = Date.now() % 100000;
    const a = `上传站甲${suffix}`;
    const b = `上传站乙${suffix}`;
    const far = `辖区外站${suffix}`;
    await page.locator('[data-testid=upload-file]').setInputFiles({
      name: '站点.csv',
      mimeType: 'text/csv',
      buffer: csv([
        [a, '社区养老服务站', ...inside[0], '助餐', 20],
        [far, '社区养老服务站', ...outside, '', ''],
        [b, '社区养老服务站', ...inside[1], '助洁', 'x'],
      ]),
    });
    await page.locator('[data-testid=upload-report], [data-testid=upload-error]').first().waitFor();
    await expect(
      page.locator('[data-testid=upload-error]').count(),
      await page.locator('[data-testid=upload-panel]').innerText(),
    ).resolves.toBe(0);
    const errors = page.locator('[data-testid=upload-errors] tbody tr');
    await expect.poll(() => errors.count(), { timeout: 30_000 }).toBe(2);
    await expect(errors.nth(0).textContent()).resolves.toContain('辖区');
    await expect(errors.nth(0).locator('td').first().textContent()).resolves.toBe('3');
    await expect(errors.nth(1).textContent()).resolves.toContain('助餐座位数');
    await expect(page.locator('[data-testid=upload-summary]').textContent()).resolves.toContain('2 行有问题');
    await expect(page.locator('[data-testid=upload-import-valid]').textContent()).resolves.toBe('只导入有效的 1 行');
    expect(await api.count('facility')).toBe(before);
    await page.locator('[data-testid=upload-panel]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'stations-upload-report');

    await page.locator('[data-testid=upload-import-valid]').click();
    await expect
      .poll(() => page.locator('[data-testid=upload-done]').textContent(), { timeout: 30_000 })
      .toContain('已导入 1 个站点（草稿）');
    await expect.poll(() => page.locator('[data-testid=station-table]').textContent(), { timeout: 30_000 }).toContain(a);
    await expect(page.locator('[data-testid=station-table] tr', { hasText: a }).textContent()).resolves.toContain('草稿');
    expect(await api.count('facility')).toBe(before + 1);
    expect(await api.count('facility', `name in ('${b}', '${far}')`)).toBe(0);

    // In English: the report's messages and choices follow the interface language; cancel writes nothing.
    await page.locator('[data-testid=lang-switch]').selectOption('en');
    await expect.poll(() => page.locator('[data-testid=register-station]').textContent(), { timeout: 30_000 }).toBe('Register a station');
    if (!(await page.locator('[data-testid=upload-panel]').count())) await page.locator('[data-testid=upload-open]').click();
    await page.locator('[data-testid=upload-file]').setInputFiles({
      name: 'far.csv',
      mimeType: 'text/csv',
      buffer: csv([
        [far, '社区养老服务站', ...outside, '', ''],
        [b, '社区养老服务站', ...inside[1], '', 5],
      ]),
    });
    await expect.poll(() => errors.count(), { timeout: 30_000 }).toBe(1);
    await expect(errors.nth(0).textContent()).resolves.toContain('outside your jurisdiction');
    await expect(page.locator('[data-testid=upload-import-valid]').textContent()).resolves.toBe('Import the 1 valid row');
    await screenshot(page, 'stations-upload-report-en');
    await page.locator('[data-testid=upload-cancel]').click();
    await expect(page.locator('[data-testid=upload-report]').count()).resolves.toBe(0);
    expect(await api.count('facility')).toBe(before + 1);

    // A clean file: one button imports every row.
    const c = `上传站丙${suffix}`;
    await page.locator('[data-testid=upload-file]').setInputFiles({
      name: 'clean.csv',
      mimeType: 'text/csv',
      buffer: csv([
        [c, '社区养老服务站', ...inside[2], '', ''],
        [b, '社区养老服务站', ...inside[1], '', 5],
      ]),
    });
    await expect.poll(() => page.locator('[data-testid=upload-import]').textContent(), { timeout: 30_000 }).toMatch(/2/);
    await expect(page.locator('[data-testid=upload-errors]').count()).resolves.toBe(0);
    await page.locator('[data-testid=upload-import]').click();
    await page.locator('[data-testid=upload-done]').waitFor();
    await expect.poll(() => page.locator('[data-testid=station-table]').textContent(), { timeout: 30_000 }).toContain(c);
    expect(await api.count('facility', `name in ('${b}', '${c}') and status = 'DRAFT'`)).toBe(2);
    await page.locator('[data-testid=upload-panel]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'stations-upload-imported');
  });

  it('no request left localhost, and every GraphQL operation went by its registered hash', () => {
    expect(browser.external).toEqual([]);
    expect(browser.graphql.withText).toEqual([]);
    expect(browser.graphql.byHash).toBeGreaterThan(0);
  });
});
