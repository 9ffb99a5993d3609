import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '@carecircle/api/dist/schema.js';
import { registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
const tokens: Record<string, string | null> = {};
const ids: Record<string, string> = {};

const ROLES = ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'VIEWER', 'ANONYMOUS'] as const;
type Who = (typeof ROLES)[number];

async function first(query: string, path: string) {
  const r = await api.gql(query);
  return path.split('.').reduce((o: any, k) => o?.[k], r.data);
}

beforeAll(async () => {
  api = await startTestApi({ label: 'authz' });
  const lianglu = await first(`{ divisions(filter: { levels: [STREET], search: "两路" }) { nodes { id } } }`, 'divisions.nodes.0.id');
  ids.division = lianglu;
  ids.otherDivision = await first(`{ divisions(filter: { levels: [STREET], search: "仙桃" }) { nodes { id } } }`, 'divisions.nodes.0.id');
  for (const role of ROLES) {
    if (role === 'ANONYMOUS') tokens[role] = null;
    else if (role === 'ADMIN') tokens[role] = api.adminToken;
    else tokens[role] = await api.userToken(role, role === 'STREET_OFFICE' ? lianglu : null);
  }
  const inStreet = async (d: string) =>
    (
      await api.gql(
        `query($d: ID) { facilities(filter: { divisionId: $d, kinds: [COMMUNITY_STATION] }, first: 1) { nodes { id version location } } }`,
        { d },
      )
    ).data.facilities.nodes[0];
  const own = await inStreet(lianglu);
  const other = await inStreet(ids.otherDivision);
  Object.assign(ids, { own: own.id, other: other.id });
  ids.ownLon = own.location.coordinates[0];
  ids.ownLat = own.location.coordinates[1];
  ids.otherLon = other.location.coordinates[0];
  ids.otherLat = other.location.coordinates[1];
  ids.medical = await first(`{ medicalInstitutions(first: 1) { nodes { id } } }`, 'medicalInstitutions.nodes.0.id');
  ids.care = await first(`{ facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 1) { nodes { id } } }`, 'facilities.nodes.0.id');
  ids.agreement = await first(`{ agreements(first: 1) { nodes { id } } }`, 'agreements.nodes.0.id');
  ids.area = await first(`{ residentialAreas(first: 1) { nodes { id } } }`, 'residentialAreas.nodes.0.id');
  ids.scenario = (await api.gql(`mutation { saveScenario(name: "s", changes: []) { id } }`)).data.saveScenario.id;
  ids.user = (await api.gql(`{ users { id username } }`)).data.users.find((u: any) => u.username !== 'kit-admin').id;
});
afterAll(async () => api?.stop());

/** Every mutation and sensitive query, with arguments that pass GraphQL validation, and who may run it. */
const OPS: { name: string; query: string; vars: () => Record<string, unknown>; allowed: Who[] }[] = [
  {
    name: 'createFacility',
    query: `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }`,
    vars: () => ({
      i: { name: '授权测试站', kind: 'COMMUNITY_STATION', location: { lon: ids.ownLon + 0.0003, lat: ids.ownLat }, capacity: { beds: -1 } },
    }),
    allowed: ['ADMIN', 'STREET_OFFICE'],
  },
  {
    name: 'updateFacility',
    query: `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id } }`,
    vars: () => ({ i: { id: ids.own, version: 999, openingHours: 'x' } }),
    // Civil affairs edits directly (facility:edit), since issue 15 part 4.
    allowed: ['ADMIN', 'STREET_OFFICE', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'deleteFacility',
    query: `mutation($id: ID!) { deleteFacility(id: $id, version: 999) { id } }`,
    vars: () => ({ id: ids.own }),
    allowed: ['ADMIN', 'STREET_OFFICE', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'submitFacilities',
    query: `mutation($ids: [ID!]!) { submitFacilities(ids: $ids) { id } }`,
    // An approved station cannot be submitted: refused as bad input, nothing written.
    vars: () => ({ ids: [ids.own] }),
    allowed: ['ADMIN', 'STREET_OFFICE'],
  },
  {
    name: 'approveFacilityChange',
    query: `mutation { approveFacilityChange(id: "987654", version: 1) { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'rejectFacilityChange',
    query: `mutation { rejectFacilityChange(id: "987654", version: 1, reason: "x") { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'reviewInbox',
    query: `{ reviewInbox(first: 5) { totalCount nodes { id diff { field } } } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  { name: 'reviewInboxCount', query: `{ reviewInboxCount }`, vars: () => ({}), allowed: ['ADMIN', 'CIVIL_AFFAIRS'] },
  {
    name: 'reviewItem',
    query: `query($id: ID!) { reviewItem(id: $id) { id } }`,
    vars: () => ({ id: `NEW:${ids.own}` }),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'checkLocation',
    query: `query($p: LonLatInput!) { checkLocation(location: $p) { ok } }`,
    vars: () => ({ p: { lon: ids.ownLon, lat: ids.ownLat } }),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'VIEWER'],
  },
  {
    name: 'submitFacility',
    query: `mutation($id: ID!) { submitFacility(id: $id, version: 999) { id } }`,
    vars: () => ({ id: ids.own }),
    allowed: ['ADMIN', 'STREET_OFFICE'],
  },
  {
    name: 'approveFacility',
    query: `mutation($id: ID!) { approveFacility(id: $id, version: 999) { id } }`,
    vars: () => ({ id: ids.own }),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'rejectFacility',
    query: `mutation($id: ID!) { rejectFacility(id: $id, version: 999, reason: "x") { id } }`,
    vars: () => ({ id: ids.own }),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'closeFacility',
    query: `mutation($id: ID!) { closeFacility(id: $id, version: 999) { id } }`,
    vars: () => ({ id: ids.own }),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  {
    name: 'restoreFacility',
    query: `mutation($id: ID!) { restoreFacility(id: $id, version: 999) { id } }`,
    vars: () => ({ id: ids.own }),
    allowed: ['ADMIN'],
  },
  {
    name: 'createDivision',
    query: `mutation { createDivision(input: { code: "", name: "t", level: DISTRICT }) { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN'],
  },
  {
    name: 'updateDivision',
    query: `mutation($i: UpdateDivisionInput!) { updateDivision(input: $i) { id } }`,
    vars: () => ({ i: { id: ids.division, version: 999, name: 'x' } }),
    allowed: ['ADMIN'],
  },
  {
    name: 'deleteDivision',
    query: `mutation($id: ID!) { deleteDivision(id: $id, version: 999) }`,
    vars: () => ({ id: ids.division }),
    allowed: ['ADMIN'],
  },
  {
    name: 'createMedicalInstitution',
    query: `mutation($i: CreateMedicalInput!) { createMedicalInstitution(input: $i) { id } }`,
    vars: () => ({ i: { name: '', kind: 'VILLAGE_CLINIC', location: { lon: ids.ownLon, lat: ids.ownLat } } }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'updateMedicalInstitution',
    query: `mutation($i: UpdateMedicalInput!) { updateMedicalInstitution(input: $i) { id } }`,
    vars: () => ({ i: { id: ids.medical, version: 999 } }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'deleteMedicalInstitution',
    query: `mutation($id: ID!) { deleteMedicalInstitution(id: $id, version: 999) }`,
    vars: () => ({ id: ids.medical }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'createAgreement',
    query: `mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }`,
    vars: () => ({
      i: { medicalId: ids.medical, facilityId: ids.care, services: ['GREEN_CHANNEL'], startsOn: '2026-01-01', endsOn: '2025-01-01' },
    }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'updateAgreement',
    query: `mutation($i: UpdateAgreementInput!) { updateAgreement(input: $i) { id } }`,
    vars: () => ({ i: { id: ids.agreement, version: 999 } }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'renewAgreement',
    query: `mutation($i: RenewAgreementInput!) { renewAgreement(input: $i) { id } }`,
    vars: () => ({ i: { id: ids.agreement, version: 999, endsOn: '2030-01-01' } }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'terminateAgreement',
    query: `mutation($id: ID!) { terminateAgreement(id: $id, version: 999, reason: "x") { id } }`,
    vars: () => ({ id: ids.agreement }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'deleteAgreement',
    query: `mutation($id: ID!) { deleteAgreement(id: $id, version: 999) { id } }`,
    vars: () => ({ id: ids.agreement }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'restoreAgreement',
    query: `mutation($id: ID!) { restoreAgreement(id: $id, version: 999) { id } }`,
    vars: () => ({ id: ids.agreement }),
    allowed: ['ADMIN', 'HEALTH_BUREAU'],
  },
  {
    name: 'createResidentialArea',
    query: `mutation($i: CreateResidentialAreaInput!) { createResidentialArea(input: $i) { id } }`,
    vars: () => ({ i: { name: 'r', location: { lon: ids.ownLon, lat: ids.ownLat }, olderResidents: -1 } }),
    allowed: ['ADMIN', 'PLANNER'],
  },
  {
    name: 'updateResidentialArea',
    query: `mutation($i: UpdateResidentialAreaInput!) { updateResidentialArea(input: $i) { id } }`,
    vars: () => ({ i: { id: ids.area, version: 999 } }),
    allowed: ['ADMIN', 'PLANNER'],
  },
  {
    name: 'deleteResidentialArea',
    query: `mutation($id: ID!) { deleteResidentialArea(id: $id, version: 999) }`,
    vars: () => ({ id: ids.area }),
    allowed: ['ADMIN', 'PLANNER'],
  },
  {
    name: 'createPointOfInterest',
    query: `mutation { createPointOfInterest(input: { name: "", kind: PARK, location: { lon: 106.6, lat: 29.7 } }) { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER'],
  },
  {
    name: 'saveScenario',
    query: `mutation { saveScenario(name: "", changes: []) { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER'],
  },
  {
    name: 'updateScenario',
    query: `mutation($id: ID!) { updateScenario(id: $id, version: 999, name: "", changes: []) { id } }`,
    vars: () => ({ id: ids.scenario }),
    allowed: ['ADMIN', 'PLANNER'],
  },
  {
    name: 'deleteScenario',
    query: `mutation($id: ID!) { deleteScenario(id: $id, version: 999) }`,
    vars: () => ({ id: ids.scenario }),
    allowed: ['ADMIN', 'PLANNER'],
  },
  { name: 'startSiteSuggestion', query: `mutation { startSiteSuggestion(k: 0) { id } }`, vars: () => ({}), allowed: ['ADMIN', 'PLANNER'] },
  {
    name: 'cancelAnalysisJob',
    query: `mutation { cancelAnalysisJob(id: "no-such-job") { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER'],
  },
  {
    name: 'createUser',
    query: `mutation { createUser(input: { username: "x", role: VIEWER, password: "short" }) { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN'],
  },
  {
    name: 'updateUser',
    query: `mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`,
    vars: () => ({ i: { id: ids.user, version: 999 } }),
    allowed: ['ADMIN'],
  },
  {
    name: 'resetPassword',
    query: `mutation($id: ID!) { resetPassword(id: $id, password: "short") { id } }`,
    vars: () => ({ id: ids.user }),
    allowed: ['ADMIN'],
  },
  {
    name: 'changePassword',
    query: `mutation { changePassword(currentPassword: "wrong", newPassword: "short") }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'VIEWER'],
  },
  { name: 'users', query: `{ users { id } }`, vars: () => ({}), allowed: ['ADMIN'] },
  { name: 'auditLog', query: `{ auditLog(first: 1) { totalCount } }`, vars: () => ({}), allowed: ['ADMIN', 'STREET_OFFICE'] },
  { name: 'suggestSites', query: `{ suggestSites(k: 0) { newlyCoveredOlder } }`, vars: () => ({}), allowed: ['ADMIN', 'PLANNER'] },
  {
    name: 'compareScenario',
    query: `{ compareScenario(changes: []) { changedAreas { older } } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER'],
  },
  { name: 'scenarios', query: `{ scenarios { id } }`, vars: () => ({}), allowed: ['ADMIN', 'PLANNER'] },
  {
    name: 'residentialAreas',
    query: `{ residentialAreas(first: 1) { totalCount } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'VIEWER'],
  },
  {
    name: 'facilities',
    query: `{ facilities(first: 1) { totalCount } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'VIEWER'],
  },
  {
    name: 'coverage',
    query: `{ coverage { meters } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'VIEWER'],
  },
];

/** Sign-in and the anonymous "who am I" are open to everyone; everything else is in OPS. */
const OPEN = new Set(['signIn', 'signOut', 'me']);

describe('authorization matrix', () => {
  it('lists every mutation of the schema', async () => {
    const schema = await createSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields()).filter((m) => !OPEN.has(m));
    expect(mutations.filter((m) => !OPS.some((o) => o.name === m))).toEqual([]);
  });

  it('refuses every role that may not act, with FORBIDDEN (UNAUTHENTICATED when signed out), and writes nothing', async () => {
    const before = await registrySnapshot(api);
    const wrong: string[] = [];
    for (const op of OPS) {
      for (const role of ROLES) {
        const r = await api.gqlAs(tokens[role], op.query, op.vars());
        const code = r.errors?.[0]?.extensions?.code;
        const expected = role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : op.allowed.includes(role) ? null : 'FORBIDDEN';
        if (expected && code !== expected) wrong.push(`${op.name} as ${role}: ${code ?? 'allowed'}`);
        if (!expected && (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')) wrong.push(`${op.name} as ${role}: refused (${code})`);
      }
    }
    expect(wrong).toEqual([]);
    // Allowed calls above were built to fail validation (stale version, bad input), so nothing changed at all.
    const after = await registrySnapshot(api);
    expect(after).toEqual(before);
  });
});

describe('review fields on a facility, per role', () => {
  it('tells each role how its edit takes effect and shows the review history only to reviewers and the office of the division', async () => {
    const expected: Record<string, { mode: string; history: boolean; remove: boolean }> = {
      ADMIN: { mode: 'DIRECT', history: true, remove: true },
      PLANNER: { mode: 'LOCKED', history: false, remove: false },
      STREET_OFFICE: { mode: 'PROPOSAL', history: true, remove: false },
      CIVIL_AFFAIRS: { mode: 'DIRECT', history: true, remove: true },
      HEALTH_BUREAU: { mode: 'LOCKED', history: false, remove: false },
      VIEWER: { mode: 'LOCKED', history: false, remove: false },
    };
    const seen: Record<string, unknown> = {};
    for (const role of Object.keys(expected)) {
      const r = await api.gqlAs(
        tokens[role],
        `query($id: ID!) { facility(id: $id) { viewerEditMode viewerCanRemove pendingChange { id } latestChange { id } reviewHistory { event } } }`,
        { id: ids.own },
      );
      expect(r.errors, `${role}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      const f = r.data.facility;
      seen[role] = { mode: f.viewerEditMode, history: f.reviewHistory !== null, remove: f.viewerCanRemove };
    }
    expect(seen).toEqual(expected);
    const other = await api.gqlAs(
      tokens.STREET_OFFICE,
      `query($id: ID!) { facility(id: $id) { viewerEditMode reviewHistory { event } } }`,
      {
        id: ids.other,
      },
    );
    expect(other.data.facility).toEqual({ viewerEditMode: 'LOCKED', reviewHistory: null });
  });
});

describe('street office jurisdiction, checked against the boundary', () => {
  const CREATE = `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }`;
  const UPDATE = `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id location } }`;
  const facility = async (id: string) =>
    (await api.gql(`query($id: ID!) { facility(id: $id) { id version location } }`, { id })).data.facility;

  async function refused(query: string, vars: Record<string, unknown>) {
    const before = await registrySnapshot(api);
    const r = await api.gqlAs(tokens.STREET_OFFICE, query, vars);
    expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe('FORBIDDEN');
    expect(await registrySnapshot(api)).toEqual(before);
  }

  it('may register a station in its own street', async () => {
    const r = await api.gqlAs(tokens.STREET_OFFICE, CREATE, {
      i: { name: '两路新站', kind: 'COMMUNITY_STATION', location: { lon: Number(ids.ownLon) + 0.0004, lat: Number(ids.ownLat) } },
    });
    expect(r.errors).toBeUndefined();
  });

  it('may not register a station in another street', async () => {
    await refused(CREATE, { i: { name: '越界站', kind: 'COMMUNITY_STATION', location: { lon: ids.otherLon, lat: ids.otherLat } } });
  });

  it('may not move its own station across the boundary', async () => {
    const f = await facility(ids.own);
    await refused(UPDATE, { i: { id: f.id, version: f.version, location: { lon: ids.otherLon, lat: ids.otherLat } } });
  });

  it('may not edit, remove or submit a station of another street', async () => {
    const f = await facility(ids.other);
    await refused(UPDATE, { i: { id: f.id, version: f.version, openingHours: '全天' } });
    await refused(`mutation($id: ID!, $v: Int!) { deleteFacility(id: $id, version: $v) { id } }`, { id: f.id, v: f.version });
    await refused(`mutation($id: ID!, $v: Int!) { submitFacility(id: $id, version: $v) { id } }`, { id: f.id, v: f.version });
  });
});

describe('approval workflow and audit trail', () => {
  it('takes a station from draft to approved, counts it in coverage only then, and logs every step', async () => {
    const created = await api.gqlAs(
      tokens.STREET_OFFICE,
      `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id version status } }`,
      {
        i: { name: '流程测试站', kind: 'COMMUNITY_STATION', location: { lon: Number(ids.ownLon) + 0.0008, lat: Number(ids.ownLat) } },
      },
    );
    let f = created.data.createFacility;
    expect(f.status).toBe('DRAFT');
    const step = async (token: string | null, m: string, extra = '') => {
      const r = await api.gqlAs(
        token,
        `mutation($id: ID!, $v: Int!) { ${m}(id: $id, version: $v${extra}) { id version status statusReason } }`,
        { id: f.id, v: f.version },
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      f = r.data[m];
      return f;
    };
    expect((await step(tokens.STREET_OFFICE, 'submitFacility')).status).toBe('SUBMITTED');
    expect((await step(tokens.CIVIL_AFFAIRS, 'rejectFacility', ', reason: "地址不完整"')).statusReason).toBe('地址不完整');
    expect((await step(tokens.STREET_OFFICE, 'submitFacility')).status).toBe('SUBMITTED');
    // A submitted station cannot be closed: only approved ones can.
    const early = await api.gqlAs(tokens.CIVIL_AFFAIRS, `mutation($id: ID!, $v: Int!) { closeFacility(id: $id, version: $v) { id } }`, {
      id: f.id,
      v: f.version,
    });
    expect(early.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await step(tokens.CIVIL_AFFAIRS, 'approveFacility')).status).toBe('APPROVED');

    const audit = await api.gqlAs(
      tokens.STREET_OFFICE,
      `query($id: ID) { auditLog(filter: { entity: "facility", entityId: $id }, first: 50) { totalCount nodes { username action before after requestId } } }`,
      { id: f.id },
    );
    expect(audit.errors).toBeUndefined();
    const entries = audit.data.auditLog.nodes as any[];
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update', 'update', 'update']);
    expect(entries[0].before).toBeNull();
    expect(entries.at(-1).before.status).toBe('SUBMITTED');
    expect(entries.at(-1).after.status).toBe('APPROVED');
    expect(entries.every((e) => e.requestId)).toBe(true);
    expect(entries[0].username).toMatch(/street_office/);

    // The other street's office does not see this station's history.
    const otherOffice = await api.userToken('STREET_OFFICE', ids.otherDivision);
    const hidden = await api.gqlAs(
      otherOffice,
      `query($id: ID) { auditLog(filter: { entity: "facility", entityId: $id }) { totalCount } }`,
      { id: f.id },
    );
    expect(hidden.data.auditLog.totalCount).toBe(0);
  });

  it('keeps the audit log append-only, even for the database owner', async () => {
    await expect(api.db.orm.em.getConnection().execute(`delete from audit_log`)).rejects.toThrow(/append-only/);
  });

  it('exports the audit log as CSV for administrators only', async () => {
    const csv = await fetch(`${api.url}/audit.csv`, { headers: { authorization: `Bearer ${api.adminToken}` } });
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3, 20))).toMatch(/^id,at,username/);
    expect((await fetch(`${api.url}/audit.csv`)).status).toBe(401);
    expect((await fetch(`${api.url}/audit.csv`, { headers: { authorization: `Bearer ${tokens.VIEWER}` } })).status).toBe(403);
  });
});

describe('sign-in', () => {
  // Issue 15: five failures used to lock the account for everyone with its own message; now the
  // name waits at that address only, and the answer is the same as for an unknown name.
  it('five failures make the name wait at that address, as an unknown name would', async () => {
    await api.userToken('VIEWER', null, 'lockme');
    const attempt = (u: string, p: string) =>
      api.gqlAs(null, `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`, { u, p });
    for (let i = 0; i < 5; i++) expect((await attempt('lockme', 'wrong-password-1')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const locked = await attempt('lockme', 'kit-Password-2026');
    expect(locked.errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
    // (Unknown names wait alike, and other addresses are not affected: test/api/sign-in.test.ts.)
  });

  it('revokes the session on sign-out', async () => {
    const token = await api.userToken('VIEWER');
    expect((await api.gqlAs(token, `{ me { role } }`)).data.me.role).toBe('VIEWER');
    await api.gqlAs(token, `mutation { signOut }`);
    expect((await api.gqlAs(token, `{ me { role } }`)).data.me).toBeNull();
    expect((await api.gqlAs(token, `{ facilities { totalCount } }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('sets an HttpOnly, SameSite cookie for browsers', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(username: "kit-admin", password: "kit-Password-2026") { expiresAt } }` }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/cc_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });
  it('counts 100 aliased sign-ins in one request like 100 attempts', async () => {
    const aliases = Array.from({ length: 19 }, (_, i) => `a${i}: signIn(username: "nobody", password: "x${i}") { token }`).join(' ');
    let limited = false;
    for (let round = 0; round < 3 && !limited; round++) {
      const r = await api.gqlAs(null, `mutation { ${aliases} }`);
      limited = (r.errors ?? []).some((e) => e.extensions?.code === 'TOO_MANY_REQUESTS');
    }
    expect(limited).toBe(true);
  });
});

// ---- Workforce register (issue 10): every new field and mutation × every role, the EMPLOYER role included ----

type WorkforceWho = Who | 'EMPLOYER';
const MANAGE: WorkforceWho[] = ['ADMIN', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'EMPLOYER'];
const WORKFORCE_OPS: { name: string; query: string; vars: () => Record<string, unknown>; allowed: WorkforceWho[] }[] = [
  {
    name: 'registerWorker',
    query: `mutation { registerWorker(input: { name: "", idNumber: "1", employment: { employerId: "0", post: ELDERLY_CARE_WORKER, startsOn: "2026-01-01" } }) { id } }`,
    vars: () => ({}),
    allowed: MANAGE,
  },
  {
    name: 'updateWorker',
    query: `mutation { updateWorker(input: { id: "999999", version: 1 }) { id } }`,
    vars: () => ({}),
    allowed: MANAGE,
  },
  {
    name: 'employWorker',
    query: `mutation { employWorker(input: { workerId: "999999", version: 1, employerId: "1", post: DIRECTOR, startsOn: "2026-01-01" }) { id } }`,
    vars: () => ({}),
    allowed: MANAGE,
  },
  {
    name: 'addWorkerCertificate',
    query: `mutation { addWorkerCertificate(workerId: "999999", version: 1, input: { kind: OTHER, number: "", issuer: "", issuedOn: "x" }) { id } }`,
    vars: () => ({}),
    allowed: MANAGE,
  },
  {
    name: 'addWorkerTraining',
    query: `mutation { addWorkerTraining(workerId: "999999", version: 1, input: { course: "", kind: PRE_SERVICE, hours: 0, provider: "", heldOn: "x" }) { id } }`,
    vars: () => ({}),
    allowed: MANAGE,
  },
  {
    name: 'addWorkerEvaluation',
    query: `mutation { addWorkerEvaluation(workerId: "999999", version: 1, input: { kind: INSPECTION, score: 101, byWhom: "", heldOn: "x" }) { id } }`,
    vars: () => ({}),
    allowed: MANAGE,
  },
  {
    name: 'addWorkerComplaint',
    query: `mutation { addWorkerComplaint(workerId: "999999", version: 1, input: { what: "", receivedOn: "x" }) { id } }`,
    vars: () => ({}),
    allowed: MANAGE,
  },
  {
    name: 'registerEmployer',
    query: `mutation { registerEmployer(input: { kind: SERVICE_COMPANY, name: "x", creditCode: "1" }) { id } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU'],
  },
  {
    name: 'bindEmployerAccount',
    query: `mutation { bindEmployerAccount(userId: "999999", employerId: "999999") }`,
    vars: () => ({}),
    allowed: ['ADMIN'],
  },
  {
    name: 'importDishonestyList',
    query: `mutation { importDishonestyList(entries: [{ kind: WORKER, name: "", reason: "" }]) }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'CIVIL_AFFAIRS'],
  },
  { name: 'workers', query: `{ workers(first: 1) { totalCount nodes { idNumber } } }`, vars: () => ({}), allowed: MANAGE },
  { name: 'worker', query: `{ worker(id: "999999") { id } }`, vars: () => ({}), allowed: MANAGE },
  { name: 'employers', query: `{ employers { id } }`, vars: () => ({}), allowed: MANAGE },
  { name: 'dishonestParties', query: `{ dishonestParties { id } }`, vars: () => ({}), allowed: ['ADMIN', 'CIVIL_AFFAIRS'] },
  {
    name: 'workforceFigures',
    query: `{ workforceFigures { careWorkers } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU'],
  },
  {
    name: 'workforceFiguresByDivision',
    query: `{ workforceFiguresByDivision { careWorkers } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU'],
  },
  {
    name: 'stationsWithoutCertifiedCareWorker',
    query: `{ stationsWithoutCertifiedCareWorker { careWorkers } }`,
    vars: () => ({}),
    allowed: ['ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU'],
  },
];
// The schema-wide check above ("lists every mutation") sees the workforce mutations here.
OPS.push(...(WORKFORCE_OPS.filter((o) => o.query.startsWith('mutation')) as typeof OPS));

// Signed in before any test runs: the sign-in tests further up exhaust the address's sign-in budget.
let employerToken: string;
beforeAll(async () => {
  const employer = await api.gql(
    `mutation { registerEmployer(input: { kind: SERVICE_COMPANY, name: "授权测试公司", creditCode: "91350100M000100Y43" }) { id } }`,
  );
  employerToken = await api.userToken('EMPLOYER', null, 'authz-employer');
  const uid = (await api.gql(`{ users { id username } }`)).data.users.find((u: any) => u.username === 'authz-employer').id;
  await api.gql(`mutation($u: ID!, $e: ID!) { bindEmployerAccount(userId: $u, employerId: $e) }`, {
    u: uid,
    e: employer.data.registerEmployer.id,
  });
});

describe('workforce authorization matrix', () => {
  it('refuses every role that may not act on the workforce, the employer role included, and lets the others through', async () => {
    const all: Record<WorkforceWho, string | null> = { ...(tokens as Record<Who, string | null>), EMPLOYER: employerToken };
    const wrong: string[] = [];
    // The demo district has a workforce of its own: nothing refused may add to it.
    const workersBefore = await api.count('worker');
    for (const op of WORKFORCE_OPS) {
      for (const role of Object.keys(all) as WorkforceWho[]) {
        const r = await api.gqlAs(all[role], op.query, op.vars());
        const code = r.errors?.[0]?.extensions?.code;
        const expected = role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : op.allowed.includes(role) ? null : 'FORBIDDEN';
        if (expected && code !== expected) wrong.push(`${op.name} as ${role}: ${code ?? 'allowed'}`);
        if (!expected && (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')) wrong.push(`${op.name} as ${role}: refused (${code})`);
      }
    }
    // The employer role reaches nothing of the registry but its own password.
    for (const op of OPS.filter((o) => !WORKFORCE_OPS.some((w) => w.name === o.name))) {
      const code = (await api.gqlAs(employerToken, op.query, op.vars())).errors?.[0]?.extensions?.code;
      const expected = op.name === 'changePassword' ? null : 'FORBIDDEN';
      if (expected && code !== expected) wrong.push(`${op.name} as EMPLOYER: ${code ?? 'allowed'}`);
    }
    expect(wrong).toEqual([]);
    expect(await api.count('worker')).toBe(workersBefore);
  });
});
