import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_TRUST_MS, SessionCache } from '@carecircle/api/dist/modules/users/session-cache.js';
import { SESSION_LOOKUP, startTestApi, TEST_PASSWORD, type GraphQLResponse, type TestApi } from '../testkit/api.js';

/** Sign-in and passwords (issue 15, part 3), on a server that trusts one proxy hop (TRUST_PROXY=1). */
describe('sign-in and passwords', () => {
  let api: TestApi;
  let plain: TestApi;

  /** A GraphQL request from a client address, as the proxy in front reports it. */
  const from = async (address: string, query: string, variables?: Record<string, unknown>, token?: string, lang = 'zh-CN') => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        'accept-language': lang,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  };
  const signIn = (address: string, username: string, password: string, lang?: string) =>
    from(
      address,
      `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`,
      { u: username, p: password },
      undefined,
      lang,
    );
  /** The error of a failed sign-in, without the path (which names the field, not the outcome). */
  const failure = (r: GraphQLResponse) => {
    expect(r.data?.signIn ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    const { message, extensions } = r.errors![0];
    return { message, extensions };
  };

  beforeAll(async () => {
    [api, plain] = await Promise.all([
      startTestApi({ demo: false, label: 'signin', trustProxy: '1' }),
      startTestApi({ demo: false, label: 'signin-plain' }),
    ]);
  });
  afterAll(async () => {
    await api?.stop();
    await plain?.stop();
  });

  it('lock-out from one address: five wrong passwords there leave sign-in from another address working', async () => {
    await api.userToken('ADMIN', null, 'victim-admin');
    for (let i = 0; i < 5; i++)
      expect(failure(await signIn('203.0.113.7', 'victim-admin', `wrong-guess-${i}`)).extensions?.code).toBe('UNAUTHENTICATED');
    // The attacker's address now waits, even with the right password …
    const waiting = failure(await signIn('203.0.113.7', 'victim-admin', TEST_PASSWORD));
    expect(waiting.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(waiting.message).toMatch(/秒后再试/);
    // … the user's own machine does not.
    const own = await signIn('198.51.100.20', 'victim-admin', TEST_PASSWORD);
    expect(own.errors).toBeUndefined();
    expect(own.data.signIn.token).toMatch(/.{20,}/);
    // Another name from the attacker's address is not affected either.
    await api.userToken('VIEWER', null, 'bystander');
    expect((await signIn('203.0.113.7', 'bystander', TEST_PASSWORD)).data.signIn.token).toBeTruthy();
  });

  it('the delay grows with every further failure and is the same for unknown names (no enumeration)', async () => {
    await api.userToken('VIEWER', null, 'real-name');
    for (const name of ['real-name', 'no-such-name']) {
      for (let i = 0; i < 5; i++) await signIn('203.0.113.8', name, `wrong-guess-${i}`);
      const r = failure(await signIn('203.0.113.8', name, 'whatever-1'));
      expect(r.extensions, name).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 });
    }
  });

  it('every failed sign-in answers identically: unknown name, wrong password, disabled account', async () => {
    await api.userToken('VIEWER', null, 'gone-user');
    const gone = await api.gql(`{ users { id username version } }`);
    const u = gone.data.users.find((x: { username: string }) => x.username === 'gone-user');
    const disabled = await api.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { disabled } }`, {
      i: { id: u.id, version: u.version, disabled: true },
    });
    expect(disabled.data.updateUser.disabled).toBe(true);
    for (const lang of ['zh-CN', 'en']) {
      const unknown = failure(await signIn('198.51.100.30', 'nobody-here', 'wrong-guess-1', lang));
      const wrong = failure(await signIn('198.51.100.30', 'real-name', 'wrong-guess-1', lang));
      const off = failure(await signIn('198.51.100.30', 'gone-user', TEST_PASSWORD, lang));
      expect(unknown).toEqual({
        message: lang === 'en' ? 'Wrong username or password.' : '用户名或密码不正确。',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(wrong).toEqual(unknown);
      expect(off).toEqual(unknown);
    }
    // Same timing class: an unknown name costs a full scrypt check, like a real one.
    const time = async (name: string) => {
      const t0 = performance.now();
      await signIn('198.51.100.31', name, 'wrong-guess-2');
      return performance.now() - t0;
    };
    const known = [await time('real-name'), await time('real-name')];
    const unknownT = [await time('nobody-here'), await time('nobody-here')];
    expect(Math.min(...unknownT)).toBeGreaterThan(Math.min(...known) * 0.3);
  });

  it('changePassword took unlimited guesses of the current password: limited like sign-in', async () => {
    const token = await api.userToken('VIEWER', null, 'changer');
    const change = (current: string, address = '198.51.100.40') =>
      from(
        address,
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
        { c: current, n: 'Fresh-Lantern-4821' },
        token,
      );
    for (let i = 0; i < 5; i++) {
      const r = await change(`wrong-guess-${i}`);
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields![0].field).toBe('currentPassword');
    }
    // The right password is not even checked while the address waits.
    const waiting = await change(TEST_PASSWORD);
    expect(waiting.errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
    expect((await api.gqlAs(token, `{ me { username } }`)).data.me.username).toBe('changer');
    // From the user's other machine it works (and ends the other sessions).
    const ok = await change(TEST_PASSWORD, '198.51.100.41');
    expect(ok.errors).toBeUndefined();
    expect(ok.data.changePassword).toBe(true);
    expect((await signIn('198.51.100.42', 'changer', 'Fresh-Lantern-4821')).data.signIn.token).toBeTruthy();
  });

  it('weak passwords accepted: password12, admin12345, ten spaces plus a digit and one containing the username are refused, with the reason in zh and en', async () => {
    const cases: [string, RegExp, RegExp][] = [
      ['password12', /最常见的密码/, /most common passwords/],
      ['admin12345', /最常见的密码|太容易猜中/, /most common passwords|too easy to guess/],
      [' '.repeat(10) + '1', /空格/, /spaces/],
      ['weakadmin-Quartz-77', /用户名/, /username/],
      ['qwertyuiop1', /最常见的密码|太容易猜中/, /most common passwords|too easy to guess/],
    ];
    const before = await api.count('app_user');
    for (const [password, zh, en] of cases) {
      for (const [lang, reason] of [
        ['zh-CN', zh],
        ['en', en],
      ] as const) {
        const r = await api.gql(
          `mutation($p: String!) { createUser(input: { username: "weakadmin", role: ADMIN, password: $p }) { id } }`,
          { p: password },
          lang,
        );
        expect(r.errors?.[0]?.extensions?.code, password).toBe('BAD_USER_INPUT');
        expect(r.errors![0].extensions!.fields, password).toEqual([{ field: 'password', message: expect.stringMatching(reason) }]);
      }
    }
    expect(await api.count('app_user')).toBe(before);
    // resetPassword and changePassword apply the same rules.
    const users = (await api.gql(`{ users { id username } }`)).data.users;
    const viewer = users.find((x: { username: string }) => x.username === 'real-name');
    const reset = await api.gql(`mutation($id: ID!) { resetPassword(id: $id, password: "password12") { id } }`, { id: viewer.id }, 'en');
    expect(reset.errors![0].extensions!.fields![0].message).toMatch(/most common passwords/);
    // A strong one passes.
    const strong = await api.gql(
      `mutation { createUser(input: { username: "strongadmin", role: ADMIN, password: "Velvet-Canyon-Orbit-93" }) { id } }`,
    );
    expect(strong.errors).toBeUndefined();
  });

  it('TRUST_PROXY: X-Forwarded-Proto gives a Secure cookie and X-Forwarded-For the address only when set', async () => {
    await api.userToken('VIEWER', null, 'proxied');
    await plain.userToken('VIEWER', null, 'proxied');
    const viaProxy = async (server: TestApi) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.0.2.55' },
        body: JSON.stringify({ query: `mutation { signIn(username: "proxied", password: "${TEST_PASSWORD}") { token } }` }),
      });
      return res.headers.get('set-cookie') ?? '';
    };
    expect(await viaProxy(api)).toMatch(/;\s*Secure/i);
    expect(await viaProxy(plain)).not.toMatch(/Secure/i);
    const sessionIp = async (server: TestApi) =>
      (
        await server.db.orm.em
          .getConnection()
          .execute<{ ip: string }[]>(
            `select s.ip from app_session s join app_user u on u.id = s.user_id where u.username = 'proxied' order by s.id desc limit 1`,
          )
      )[0].ip;
    expect(await sessionIp(api)).toBe('192.0.2.55');
    expect(await sessionIp(plain)).toMatch(/127\.0\.0\.1/);
  });

  it('a session looked up in the last second is not looked up again, yet ends at once when it or its account changes', async () => {
    const me = async (token: string) =>
      (await api.gqlAs(token, `{ me { username role } }`)).data.me as { username: string; role: string } | null;
    const lookups = () => api.queries.filter((q) => SESSION_LOOKUP.test(q)).length;
    const users = async () =>
      (await api.gql(`{ users { id username version } }`)).data.users as { id: string; username: string; version: number }[];
    const account = async (name: string) => (await users()).find((u) => u.username === name)!;

    // Within the second, the session is not read again.
    const token = await api.userToken('VIEWER', null, 'cache-viewer');
    expect(await me(token)).toEqual({ username: 'cache-viewer', role: 'VIEWER' });
    api.resetQueries();
    expect(await me(token)).toEqual({ username: 'cache-viewer', role: 'VIEWER' });
    expect(lookups()).toBe(0);

    // A changed role applies to the next request.
    const u = await account('cache-viewer');
    const promoted = await api.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { role } }`, {
      i: { id: u.id, version: u.version, role: 'PLANNER' },
    });
    expect(promoted.errors).toBeUndefined();
    expect(await me(token)).toEqual({ username: 'cache-viewer', role: 'PLANNER' });

    // Signing out ends the session that was just trusted.
    expect((await api.gqlAs(token, `mutation { signOut }`)).data.signOut).toBe(true);
    expect(await me(token)).toBeNull();

    // Disabling the account ends its sessions.
    const second = await api.userToken('VIEWER', null, 'cache-disabled');
    expect(await me(second)).not.toBeNull();
    const d = await account('cache-disabled');
    await api.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`, {
      i: { id: d.id, version: d.version, disabled: true },
    });
    expect(await me(second)).toBeNull();

    // A password change ends the user's other sessions; a reset all of them.
    const first = await api.userToken('VIEWER', null, 'cache-two-sessions');
    const other = (await signIn('198.51.100.40', 'cache-two-sessions', TEST_PASSWORD)).data!.signIn.token as string;
    expect(await me(first)).not.toBeNull();
    expect(await me(other)).not.toBeNull();
    const changed = await api.gqlAs(first, `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`, {
      c: TEST_PASSWORD,
      n: 'Amber-Lantern-Harbour-58',
    });
    expect(changed.data.changePassword).toBe(true);
    expect(await me(other)).toBeNull();
    const third = (await signIn('198.51.100.41', 'cache-two-sessions', 'Amber-Lantern-Harbour-58')).data!.signIn.token as string;
    expect(await me(third)).not.toBeNull();
    const r = await account('cache-two-sessions');
    await api.gql(`mutation($id: ID!) { resetPassword(id: $id, password: "Copper-Meadow-Signal-47") { id } }`, { id: r.id });
    expect(await me(third)).toBeNull();

    // A session revoked elsewhere (another process, the database) is refused within the second.
    const elsewhere = await api.userToken('VIEWER', null, 'cache-elsewhere');
    expect(await me(elsewhere)).not.toBeNull();
    await api.db.orm.em
      .getConnection()
      .execute(`update app_session set revoked_at = now() where user_id = (select id from app_user where username = 'cache-elsewhere')`);
    await new Promise((resolve) => setTimeout(resolve, SESSION_TRUST_MS + 50));
    expect(await me(elsewhere)).toBeNull();
  });
});

describe('the session cache', () => {
  const row = (userId: number, expiresAt: Date) => ({ u__id: userId, s__expires_at: expiresAt });
  const later = new Date(Date.now() + 3600_000);

  it('answers for a second, never after the session expires, and keeps the newest sessions when full', () => {
    const cache = new SessionCache(1000, 2);
    const now = Date.now();
    cache.set('a', row(1, later), now, cache.mark());
    expect(cache.get('a', now + 999)).not.toBeNull();
    expect(cache.get('a', now + 1000)).toBeNull();
    cache.set('b', row(1, new Date(now + 10)), now, cache.mark());
    expect(cache.get('b', now + 5)).not.toBeNull();
    expect(cache.get('b', now + 10)).toBeNull();
    for (const h of ['c', 'd', 'e']) cache.set(h, row(2, later), now, cache.mark());
    expect(cache.size).toBe(2);
    expect(cache.get('c', now)).toBeNull();
    expect(cache.get('e', now)).not.toBeNull();
  });

  it("drops a user's sessions and tells the listeners; a lookup begun before the drop is not kept", async () => {
    const cache = new SessionCache();
    const now = Date.now();
    const told: number[] = [];
    const stop = cache.onForget((id) => void told.push(id));
    cache.set('a', row(1, later), now, cache.mark());
    cache.set('b', row(2, later), now, cache.mark());
    const before = cache.mark();
    await cache.forgetUser(1);
    expect(cache.get('a', now)).toBeNull();
    expect(cache.get('b', now)).not.toBeNull();
    cache.set('c', row(1, later), now, before);
    expect(cache.get('c', now)).toBeNull();
    await cache.forgetUser(2, false);
    expect(told).toEqual([1]);
    stop();
    await cache.forgetUser(3);
    expect(told).toEqual([1]);
  });
});
