import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

describe('one guard and one error format for every REST route', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ label: 'rest' });
  });
  afterAll(async () => api?.stop());
  const get = (path: string, token: string | null, lang = 'zh-CN') =>
    fetch(`${api.url}${path}`, { headers: { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) } });

  it('answers 401 / 403 as the GraphQL API does, in the request’s language (?lang= or Accept-Language)', async () => {
    for (const path of ['/audit.csv', '/tiles/10/800/400.pbf']) {
      const anonymous = await get(path, null);
      expect(anonymous.status, path).toBe(401);
      expect(await anonymous.json()).toEqual({ errors: [{ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED' } }] });
      // ?lang= wins over the header.
      expect(await (await get(`${path}?lang=en`, null)).json()).toEqual({
        errors: [{ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
    const viewer = await api.userToken('VIEWER');
    const refused = await get('/audit.csv', viewer, 'en');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ errors: [{ message: 'Your role may not do this.', extensions: { code: 'FORBIDDEN' } }] });
  });

  it('answers bad input 400 with the field errors, and a tile that does not exist 404', async () => {
    // A date that does not exist was a 500 (the date check threw).
    const badDate = await get('/audit.csv?from=2026-13-01', api.adminToken, 'en');
    expect(badDate.status).toBe(400);
    const [bad] = (await badDate.json()).errors;
    expect(bad).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'filter.from', message: 'Dates must be YYYY-MM-DD.' }] },
    });

    const noTile = await get('/tiles/25/1/1.pbf', api.adminToken, 'en');
    expect(noTile.status).toBe(404);
    expect(await noTile.json()).toEqual({ errors: [{ message: 'No such tile.', extensions: { code: 'NOT_FOUND' } }] });
  });
});
