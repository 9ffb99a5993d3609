import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { TEST_DATA_KEY } from '../testkit/demo-template.js';
import { CHROMIUM, downloadXlsx, launchBrowser, screenshot, signIn, type Browser } from './browser.js';

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);

const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A valid ID number (GB 11643 check character written out here), in the demo's unassigned region 500199. */
function idNumber(seq: number): string {
  const first = `500199${'19760315'}${String(seq).padStart(3, '0')}`;
  const sum = [...first].reduce((s, d, i) => s + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0);
  return first + '10X98765432'[sum % 11];
}

async function setLang(page: Page, lang: 'zh-CN' | 'en') {
  await page.evaluate((l) => localStorage.setItem('carecircle.lang', l), lang);
  await page.reload();
}

describe.skipIf(!haveChromium)('workforce register in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  const sql = async <T>(q: string) => api.db.orm.em.getConnection().execute<T[]>(q);

  beforeAll(async () => {
    api = await startTestApi({ label: 'e2e-workforce', production: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('civil affairs finds the workers whose certificates expire within 90 days, opens one and reads the full ID number (audited)', async () => {
    // Independent count: the latest valid certificate that counts for the post ends within 90 days.
    const [{ n }] = await sql<{ n: string }>(
      `with best as (select w.id, max(case when c.issued_on <= '${TODAY}' and (c.valid_until is null or c.valid_until >= '${TODAY}') then coalesce(c.valid_until, '9999-12-31') end) as until
         from worker w join worker_certificate c on c.worker_id = w.id and (case w.post when 'ELDERLY_CARE_WORKER' then c.kind = 'ELDERLY_CARE_WORKER'
           when 'MEDICAL_CARE_WORKER' then c.kind in ('MEDICAL_CARE_WORKER', 'ELDERLY_CARE_WORKER') when 'MATERNITY_CARE_WORKER' then c.kind = 'MATERNITY_CARE'
           when 'SOCIAL_WORKER' then c.kind = 'SOCIAL_WORKER' when 'CAPABILITY_ASSESSOR' then c.kind = 'CAPABILITY_ASSESSOR' else true end)
         where w.deleted_at is null group by w.id)
       select count(*) as n from best where until <= '${shift(90)}'`,
    );
    const expiring = Number(n);
    expect(expiring).toBeGreaterThan(0);

    await signIn(page, api, 'minzheng');
    await page.goto(`${api.url}/workforce`);
    await page.locator('[data-testid=worker-table] tbody tr[data-row-key]').first().waitFor();
    // 576 demo workers, paged.
    await expect.poll(() => page.locator('[data-testid=worker-total]').textContent()).toMatch(/共 5\d\d 人/);
    await page.locator('[data-testid=tab-alerts]').click();
    await expect.poll(() => page.locator('[data-testid=alert-expiring-count]').textContent()).toBe(String(expiring));
    await expect.poll(() => page.locator('[data-testid=alert-stations] tbody tr').count()).toBeGreaterThanOrEqual(30);
    await screenshot(page, 'workforce-alerts-zh');
    await page.locator('[data-testid=alert-expiring-show]').click();
    await expect.poll(() => page.locator('[data-testid=worker-total]').textContent()).toBe(`共 ${expiring} 人`);
    await expect.poll(() => page.locator('[data-testid=worker-table] [data-state=EXPIRING]').count()).toBe(Math.min(expiring, 50));
    await screenshot(page, 'workforce-register-expiring-zh');

    // The register shows the masked number; the full one is read on request and audited.
    const audits = () => api.count('audit_log', `event = 'WORKER_ID_NUMBER_READ'`);
    const before = await audits();
    await page.locator('[data-testid=worker-table] tbody tr[data-row-key]').first().click();
    await page.locator('[data-testid=worker-profile]').waitFor();
    await expect.poll(() => page.locator('[data-testid=profile-id-number]').textContent()).toMatch(/^500199\*{8}\d{3}[\dX]$/);
    expect(await audits()).toBe(before);
    await page.locator('[data-testid=reveal-id]').click();
    await expect.poll(() => page.locator('[data-testid=profile-id-number]').textContent()).toMatch(/^500199\d{11}[\dX]$/);
    expect(await audits()).toBe(before + 1);
    await screenshot(page, 'workforce-profile-zh');

    await setLang(page, 'en');
    await page.locator('[data-testid=tab-indicators]').click();
    await page.locator('[data-testid=chart-certification-target]').waitFor();
    await expect.poll(() => page.locator('[data-testid=district-certification]').textContent()).toBe('87.1%');
    await expect.poll(() => page.locator('[data-testid=district-hospital]').textContent()).toBe('97 of 115 certified');
    // One street/town: its own figures (as the API gives them) and its communities in the charts.
    const streets = (await api.gql(`{ workforceFiguresByDivision { divisionId divisionName careWorkers certificationRate } }`)).data
      .workforceFiguresByDivision as { divisionId: string | null; divisionName: string; careWorkers: number; certificationRate: number }[];
    const street = streets.filter((s) => s.divisionId && s.careWorkers > 0).sort((a, b) => b.careWorkers - a.careWorkers)[0];
    await page.locator('[data-testid=indicators-division]').selectOption(street.divisionId!);
    const pctEn = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(street.certificationRate);
    await expect.poll(() => page.locator('[data-testid=district-certification]').textContent()).toBe(pctEn);
    await expect.poll(() => page.locator('[data-testid=workforce-indicators]').textContent()).toContain(`${street.divisionName}:`);
    await screenshot(page, 'workforce-indicators-street-en');
    await page.locator('[data-testid=indicators-division]').selectOption('');
    await expect.poll(() => page.locator('[data-testid=district-certification]').textContent()).toBe('87.1%');
    await screenshot(page, 'workforce-indicators-en');
    await page.locator('[data-testid=tab-alerts]').click();
    await page.locator('[data-testid=alert-stations]').waitFor();
    await screenshot(page, 'workforce-alerts-en');
    await page.locator('[data-testid=tab-register]').click();
    await page.locator('[data-testid=worker-table] tbody tr[data-row-key]').first().click();
    await page.locator('[data-testid=worker-profile]').waitFor();
    await screenshot(page, 'workforce-profile-en');
    await setLang(page, 'zh-CN');
  });

  it('civil affairs imports trainings from a spreadsheet (template, row report, only the valid rows) and exports the register masked', async () => {
    await signIn(page, api, 'minzheng');
    await page.goto(`${api.url}/workforce`);
    await page.locator('[data-testid=tab-data]').click();
    await page.locator('[data-testid=workforce-data]').waitFor();
    // Every sheet civil affairs keeps, the dishonesty list included.
    for (const k of ['workers', 'certificates', 'trainings', 'dishonesty-list'])
      expect(await page.locator(`[data-testid=import-kind-${k}]`).count()).toBe(1);
    await page.locator('[data-testid=import-kind-trainings]').click();
    const template = await downloadXlsx(page, '[data-testid=import-template]');
    expect(template.name).toBe('培训记录导入模板.xlsx');
    expect(template.rows[0]).toEqual(expect.arrayContaining(['身份证号', '培训课程', '培训类型', '学时', '培训机构', '培训日期']));

    // Two demo workers, found by their ID numbers (decrypted here with the kit's data key).
    const people = await sql<{ id: number; name: string; id_number_cipher: string }>(
      `select id, name, id_number_cipher from worker where deleted_at is null order by id limit 2`,
    );
    const ids = people.map((p) => TEST_DATA_KEY.decrypt(p.id_number_cipher));
    const csv = [
      '姓名,身份证号,培训课程,培训类型,学时,培训机构,培训日期',
      `${people[0].name},${ids[0]},失能老年人照护,在岗轮训,16,渝北区民政局,${shift(-3)}`,
      `${people[1].name},${ids[1]},急救,培训,8,渝北区民政局,${shift(-3)}`,
    ].join('\n');
    const trainings = () => api.count('worker_training');
    const before = await trainings();
    await page.locator('[data-testid=upload-file]').setInputFiles({ name: '培训.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => page.locator('[data-testid=upload-summary]').textContent(), { timeout: 30_000 })
      .toContain('1 行有问题，1 行有效');
    expect(await page.locator('[data-testid=upload-errors] tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^3培训类型.*培训/),
    ]);
    expect(await trainings()).toBe(before);
    await screenshot(page, 'workforce-import-report-zh');
    await page.locator('[data-testid=upload-import-valid]').click();
    await expect.poll(() => page.locator('[data-testid=upload-done]').textContent()).toContain('导入 1 行');
    expect(await trainings()).toBe(before + 1);
    const [added] = await sql<{ worker_id: number; course: string }>(
      `select worker_id, course from worker_training order by id desc limit 1`,
    );
    expect(added).toEqual({ worker_id: people[0].id, course: '失能老年人照护' });

    // The register as XLSX: every worker, ID numbers masked, no audit of a full number.
    const audits = () => api.count('audit_log', `event = 'WORKER_ID_NUMBER_READ'`);
    const read = await audits();
    const register = await downloadXlsx(page, '[data-testid=export-register]');
    expect(register.rows.length - 1).toBe(await api.count('worker', 'deleted_at is null'));
    const cells = register.rows.flat().map(String);
    expect(cells.filter((c) => /\b\d{17}[\dX]\b/.test(c))).toEqual([]);
    expect(cells.filter((c) => /^\d{6}\*{8}\d{3}[\dX]$/.test(c)).length).toBe(register.rows.length - 1);
    expect(await audits()).toBe(read);
    // With the right, the full numbers after a warning, every read audited.
    await page.locator('[data-testid=export-unmasked]').click();
    await page.locator('[data-testid=export-unmasked-confirm]').waitFor();
    await screenshot(page, 'workforce-data-zh');
    const full = await downloadXlsx(page, '[data-testid=export-unmasked-go]');
    expect(full.rows.flat().map(String)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    expect(await audits()).toBe(read + register.rows.length - 1);
  });

  it('civil affairs filters the register by a talent library and puts a worker into one', async () => {
    await signIn(page, api, 'minzheng');
    await page.goto(`${api.url}/workforce`);
    await page.locator('[data-testid=worker-table] tbody tr[data-row-key]').first().waitFor();
    const members = async (library: string) =>
      Number(
        (await sql<{ n: string }>(`select count(*) as n from worker where deleted_at is null and libraries && '{${library}}'::text[]`))[0]
          .n,
      );
    const judges = await members('COMPETITION_JUDGE');
    expect(judges).toBeGreaterThan(0);
    await page.locator('[data-testid=filter-library]').selectOption('COMPETITION_JUDGE');
    await expect.poll(() => page.locator('[data-testid=worker-total]').textContent()).toBe(`共 ${judges} 人`);
    await page.locator('[data-testid=filter-library]').selectOption('');
    // A worker outside every library is put into the experts' library from the file.
    const [outside] = await sql<{ id: number; name: string }>(
      `select id, name from worker where deleted_at is null and libraries = '{}' order by id limit 1`,
    );
    await page.locator('[data-testid=worker-search]').fill(outside.name);
    await page.locator(`[data-testid=worker-table] tbody tr[data-row-key="${outside.id}"]`).click();
    await page.locator('[data-testid=edit-libraries]').click();
    await page.locator('[data-testid=library-EXPERT]').check();
    await page.locator('[data-testid=libraries-save]').click();
    await expect.poll(() => page.locator('[data-testid=profile-libraries]').textContent()).toContain('养老服务专家库');
    const [after] = await sql<{ libraries: string[] }>(`select libraries from worker where id = ${outside.id}`);
    expect(after.libraries).toEqual(['EXPERT']);
    await screenshot(page, 'workforce-libraries-zh');
  });

  it('an employer registers a worker and is refused a care post without a certificate (持证上岗): the refusal is shown and nothing is written', async () => {
    await signIn(page, api, 'xinshenghuo');
    await page.goto(`${api.url}/workforce`);
    await page.locator('[data-testid=worker-table] tbody tr[data-row-key]').first().waitFor();
    // The company's own staff only.
    const [{ n: own }] = await sql<{ n: string }>(
      `select count(*) as n from worker w join employer e on e.id = w.employer_id where e.name = '新生活护工公司' and w.deleted_at is null`,
    );
    await expect.poll(() => page.locator('[data-testid=worker-total]').textContent()).toBe(`共 ${own} 人`);
    const counts = async () => ({
      workers: await api.count('worker'),
      employments: await api.count('worker_employment'),
      certificates: await api.count('worker_certificate'),
    });
    const before = await counts();

    await page.locator('[data-testid=register-worker]').click();
    const form = page.locator('[data-testid=register-form]');
    await form.locator('#rw-name').fill('测试护工甲');
    await form.locator('#rw-idNumber').fill(idNumber(901));
    await form.locator('[id="rw-health-on"]').fill(shift(-10));
    await form.locator('[id="rw-job-employerId"]').selectOption({ label: '新生活护工公司' });
    await form.locator('[id="rw-job-post"]').selectOption('ELDERLY_CARE_WORKER');
    await form.locator('[data-testid=register-save]').click();
    await expect.poll(() => form.locator('[data-testid=refusal]').textContent()).toContain('未能录用上岗');
    await expect.poll(() => form.locator('.cc-field-invalid [data-field=post] ~ .cc-field-error').textContent()).toContain('养老护理员');
    expect(await counts()).toEqual(before);
    await screenshot(page, 'workforce-register-refused-zh');

    // Registered in a post that needs no certificate; then employment as a care worker is refused.
    await form.locator('[id="rw-job-post"]').selectOption('OTHER');
    await form.locator('[data-testid=register-save]').click();
    await page.locator('[data-testid=worker-profile]').waitFor();
    await expect.poll(() => page.locator('[data-testid=profile-name]').textContent()).toBe('测试护工甲');
    const registered = await counts();
    expect(registered.workers).toBe(before.workers + 1);
    const [worker] = await sql<{ id: number; post: string }>(`select id, post from worker where name = '测试护工甲'`);
    expect(worker.post).toBe('OTHER');

    await page.locator('[data-testid=add-employ]').click();
    const employ = page.locator('[data-testid=employ-form]');
    await employ.locator('#employ-employerId').selectOption({ label: '新生活护工公司' });
    await employ.locator('#employ-post').selectOption('ELDERLY_CARE_WORKER');
    // From tomorrow, ending the current post today: only the certificate stands in the way.
    await employ.locator('#employ-startsOn').fill(shift(1));
    await employ.locator('#employ-endCurrent').check();
    await employ.locator('[data-testid=employ-save]').click();
    await expect.poll(() => employ.locator('[data-testid=refusal]').textContent()).toContain('养老护理员');
    expect(await employ.locator('.cc-field-error').allTextContents()).toEqual([expect.stringContaining('持证上岗')]);
    // Nothing written: the same rows, the same post.
    expect(await counts()).toEqual(registered);
    const [after] = await sql<{ post: string; version: number }>(`select post, version from worker where id = ${worker.id}`);
    expect(after.post).toBe('OTHER');
    await screenshot(page, 'workforce-employ-refused-zh');

    await setLang(page, 'en');
    await page.locator('[data-testid=register-worker]').click();
    await page.locator('[data-testid=register-form] [data-testid=register-save]').click();
    await expect.poll(() => page.locator('[data-testid=register-form] .cc-field-error').count()).toBeGreaterThan(0);
    await page.locator('[id="rw-job-employerId"]').selectOption({ label: '新生活护工公司' });
    await page.locator('[id="rw-job-post"]').selectOption('ELDERLY_CARE_WORKER');
    await page.locator('[data-testid=register-form] [data-testid=register-save]').click();
    await expect.poll(() => page.locator('[data-testid=register-form] [data-testid=refusal]').textContent()).toContain('certificate');
    await screenshot(page, 'workforce-register-refused-en');
    expect(await counts()).toEqual(registered);
    await setLang(page, 'zh-CN');
    expect(browser.external).toEqual([]);
    expect(browser.graphql.withText).toEqual([]);
  });
});
