import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@carecircle/api/dist/db/seed-demo.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

export interface Browser {
  context: BrowserContext;
  /** Every request the pages made to a host other than localhost (must stay empty). */
  external: string[];
  /** GraphQL requests of the pages: sent by registered hash only, or with the operation's text. */
  graphql: { byHash: number; withText: string[] };
  close(): Promise<void>;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Headless Debian Chromium with a fresh profile. Host names other than localhost resolve to
 * nothing, and every page request is watched, so a test can assert that nothing left the machine.
 */
export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'carecircle-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const external: string[] = [];
  const graphql = { byHash: 0, withText: [] as string[] };
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (LOCAL.has(url.hostname) && url.pathname === '/graphql') {
      const body =
        req.method() === 'POST' ? (req.postDataJSON() as { query?: string; extensions?: { persistedQuery?: unknown } } | null) : null;
      if (typeof body?.query === 'string') graphql.withText.push(body.query.slice(0, 120));
      else if (body?.extensions?.persistedQuery) graphql.byHash++;
    }
    if (
      (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') &&
      !LOCAL.has(url.hostname)
    )
      external.push(req.url());
  });
  return {
    context,
    external,
    graphql,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Waits until the page's map has drawn its basemap tiles (and, when given, a GeoJSON source has features). */
export async function waitForMap(page: Page, source?: string): Promise<void> {
  await page
    .waitForFunction(
      (src) => {
        const el = document.querySelector('[data-testid=map]') as (HTMLElement & { map?: any }) | null;
        const map = el?.map;
        if (!map || !map.loaded()) return false;
        if (map.querySourceFeatures('base', { sourceLayer: 'divisions' }).length === 0) return false;
        return !src || map.querySourceFeatures(src).length > 0;
      },
      source ?? null,
      { timeout: 60_000, polling: 250 },
    )
    .catch(async (err: Error) => {
      const state = await page.evaluate((src) => {
        const map = (document.querySelector('[data-testid=map]') as (HTMLElement & { map?: any }) | null)?.map;
        if (!map) return 'no map on the page';
        return JSON.stringify({
          loaded: map.loaded(),
          tilesLoaded: map.areTilesLoaded(),
          divisions: map.querySourceFeatures('base', { sourceLayer: 'divisions' }).length,
          source: src ? map.querySourceFeatures(src).length : null,
        });
      }, source ?? null);
      await screenshot(page, 'failed-wait-for-map');
      throw new Error(`${err.message}\nmap state: ${state}`);
    });
}

/** Moves the map to a place and returns the page coordinates of that place. */
export async function placeOnMap(page: Page, lonLat: [number, number], zoom = 14): Promise<{ x: number; y: number }> {
  const point = await page.$eval(
    '[data-testid=map]',
    (el, [ll, z]) =>
      new Promise<{ x: number; y: number }>((resolve) => {
        const map = (el as HTMLElement & { map: any }).map;
        map.jumpTo({ center: ll, zoom: z });
        map.once('idle', () => resolve(map.project(ll)));
      }),
    [lonLat, zoom] as const,
  );
  const box = (await page.locator('[data-testid=map]').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Signs in through the shell's sign-in page with a demo account (signing out whoever was signed in). */
export async function signIn(page: Page, api: { url: string }, username: string): Promise<void> {
  await page.goto(`${api.url}/`);
  const signOut = page.locator('[data-testid=current-user] button');
  const form = page.locator('[data-testid=sign-in]');
  await Promise.race([signOut.waitFor(), form.waitFor()]);
  if (await signOut.count()) await signOut.click();
  await form.locator('#username').fill(username);
  await form.locator('#password').fill(DEMO_PASSWORD);
  await form.locator('button[type=submit]').click();
  await page.locator('[data-testid=current-user]').waitFor();
}

/** Clicks an export button and reads the downloaded workbook's first sheet (exceljs), row by row. */
export async function downloadXlsx(page: Page, selector: string): Promise<{ name: string; rows: unknown[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: download.suggestedFilename(), rows };
}
