import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, type GraphQLResponse, type TestApi } from '../testkit/api.js';

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
});
