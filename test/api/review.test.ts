import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB } from '../testkit/database.js';
import { registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';

/**
 * Issue 15, part 4 ("review cannot be bypassed") and the review inbox of issue 14: a street office's
 * edit of an APPROVED facility waits for civil affairs, a SUBMITTED record is read-only to its office,
 * drafts are submitted together atomically, and civil affairs reviews from one inbox.
 */
let api: TestApi;
let office: string;
let civil: string;
let divisionId: string;
let otherPoint: { lon: number; lat: number };

const FACILITY = `query($id: ID!) { facility(id: $id) { id version status location capacity { beds } viewerEditMode viewerCanModify viewerCanRemove
  pendingChange { id version status comment submittedBy diff { field before after } }
  latestChange { id status reason reviewedBy }
  reviewHistory { event username note fields } } }`;
const UPDATE = `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id version status capacity { beds } pendingChange { id diff { field before after } } } }`;
const COVERAGE = `{ coverage { groups { group coveredOlder } completeCircles } }`;

const get = async (token: string, id: string) => {
  const r = await api.gqlAs(token, FACILITY, { id });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.facility;
};
const coverage = async () => (await api.gql(COVERAGE)).data.coverage;
const auditEvents = async (entity: string, id: string) =>
  (
    await api.db.orm.em
      .getConnection()
      .execute<{ event: string; username: string | null }[]>(
        `select event, username from audit_log where entity = ? and entity_id = ? order by id`,
        [entity, String(id)],
      )
  ).map((r) => r.event);

async function approvedStation(skip = 0) {
  const r = await api.gql(
    `query($d: ID) { facilities(filter: { divisionId: $d, kinds: [COMMUNITY_STATION], statuses: [APPROVED] }, first: 20) { nodes { id version location } } }`,
    { d: divisionId },
  );
  return r.data.facilities.nodes[skip];
}

async function draft(name: string, dLon: number) {
  const s = await approvedStation(5);
  const [lon, lat] = s.location.coordinates;
  const r = await api.gqlAs(office, `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id version status } }`, {
    i: { name, kind: 'COMMUNITY_STATION', location: { lon: lon + dLon, lat } },
  });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.createFacility as { id: string; version: number; status: string };
}

beforeAll(async () => {
  api = await startTestApi({ label: 'review' });
  const found = await api.gql(`{ divisions(filter: { levels: [STREET], search: "两路" }, first: 1) { nodes { id } } }`);
  divisionId = found.data.divisions.nodes[0].id;
  office = await api.userToken('STREET_OFFICE', divisionId, 'review-office');
  civil = await api.userToken('CIVIL_AFFAIRS', null, 'review-civil');
  const other = await api.gql(`{ divisions(filter: { levels: [STREET], search: "仙桃" }, first: 1) { nodes { id } } }`);
  const inOther = await api.gql(`query($d: ID) { facilities(filter: { divisionId: $d }, first: 1) { nodes { location } } }`, {
    d: other.data.divisions.nodes[0].id,
  });
  const [lon, lat] = inOther.data.facilities.nodes[0].location.coordinates;
  otherPoint = { lon, lat };
});
afterAll(async () => api?.stop());

describe(`review cannot be bypassed (${TEST_DB})`, () => {
  it("an approved facility's beds changed by the street office wait for review: the approved values stay in force and in coverage until civil affairs approves", async () => {
    const s = await approvedStation(0);
    const before = await get(office, s.id);
    expect(before.viewerEditMode).toBe('PROPOSAL');
    const coverageBefore = await coverage();
    const [lon, lat] = s.location.coordinates;
    const moved = { lon: lon + 0.0015, lat: lat + 0.001 };
    const check = await api.gqlAs(office, `query($p: LonLatInput!) { checkLocation(location: $p) { ok message division { id } } }`, {
      p: moved,
    });
    expect(check.data.checkLocation.ok, check.data.checkLocation.message).toBe(true);

    const r = await api.gqlAs(office, UPDATE, {
      i: { id: s.id, version: s.version, capacity: { beds: 999 }, location: moved, comment: '新增床位、迁至新址' },
    });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    // The answer is the facility as it stands: still approved, still its old beds, one version.
    expect(r.data.updateFacility).toMatchObject({ status: 'APPROVED', version: s.version, capacity: { beds: before.capacity.beds } });
    const stored = await get(office, s.id);
    expect(stored.location).toEqual(s.location);
    expect(stored.capacity.beds).toBe(before.capacity.beds);
    expect(stored.viewerEditMode).toBe('LOCKED');
    expect(stored.pendingChange.status).toBe('PENDING');
    expect(stored.pendingChange.comment).toBe('新增床位、迁至新址');
    expect(stored.pendingChange.submittedBy).toBe('review-office');
    const diff = Object.fromEntries(stored.pendingChange.diff.map((d: any) => [d.field, d]));
    expect(Object.keys(diff).sort()).toEqual(['capacity.beds', 'location']);
    expect(diff['capacity.beds']).toEqual({ field: 'capacity.beds', before: before.capacity.beds, after: 999 });
    expect(diff.location.after.coordinates).toEqual([moved.lon, moved.lat]);
    expect(await coverage()).toEqual(coverageBefore);

    // A second edit while the first waits, and removing the approved station, are refused with a reason.
    const again = await api.gqlAs(office, UPDATE, { i: { id: s.id, version: s.version, phone: '023-1' } });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fields[0].message).toMatch(/等待审批/);
    const removed = await api.gqlAs(office, `mutation($id: ID!, $v: Int!) { deleteFacility(id: $id, version: $v) { id } }`, {
      id: s.id,
      v: s.version,
    });
    expect(removed.errors?.[0].extensions?.fields[0].message).toMatch(/区民政局关闭/);

    // Civil affairs sees it in the inbox, with the diff and the effect on coverage of approving it.
    const inbox = await api.gqlAs(
      civil,
      `{ reviewInboxCount reviewInbox(first: 200) { totalCount nodes { id type submittedBy submitterName submittedAt division { id name } facility { id }
        change { id version } diff { field before after } } } }`,
    );
    expect(inbox.errors, JSON.stringify(inbox.errors)).toBeUndefined();
    expect(inbox.data.reviewInbox.totalCount).toBe(inbox.data.reviewInboxCount);
    const item = inbox.data.reviewInbox.nodes.find((n: any) => n.facility.id === s.id);
    expect(item).toMatchObject({ id: `CHANGE:${stored.pendingChange.id}`, type: 'CHANGE', submittedBy: 'review-office' });
    // The account's display name, for the clerk reading the inbox.
    const [account] = await api.db.orm.em
      .getConnection()
      .execute<{ display_name: string }[]>(`select display_name from app_user where username = 'review-office'`);
    expect(item.submitterName).toBe(account.display_name);
    expect(item.division.id).toBeTruthy();
    expect(item.diff).toEqual(stored.pendingChange.diff);
    const detail = await api.gqlAs(
      civil,
      `query($id: ID!) { reviewItem(id: $id) { id coverageEffect { groups { group coveredBefore coveredAfter newlyCovered noLongerCovered }
        completeCirclesBefore completeCirclesAfter changedAreas } } }`,
      { id: item.id },
    );
    expect(detail.errors, JSON.stringify(detail.errors)).toBeUndefined();
    const effect = detail.data.reviewItem.coverageEffect;
    expect(effect.groups.length).toBeGreaterThan(0);
    const now = Object.fromEntries(coverageBefore.groups.map((g: any) => [g.group, g.coveredOlder]));
    for (const g of effect.groups) expect(g.coveredBefore).toBe(now[g.group]);

    const approved = await api.gqlAs(
      civil,
      `mutation($id: ID!, $v: Int!) { approveFacilityChange(id: $id, version: $v) { status reviewedBy facility { capacity { beds } location version } } }`,
      {
        id: item.change.id,
        v: item.change.version,
      },
    );
    expect(approved.errors, JSON.stringify(approved.errors)).toBeUndefined();
    expect(approved.data.approveFacilityChange).toMatchObject({ status: 'APPROVED', reviewedBy: 'review-civil' });
    expect(approved.data.approveFacilityChange.facility.capacity.beds).toBe(999);
    expect(approved.data.approveFacilityChange.facility.location.coordinates).toEqual([moved.lon, moved.lat]);
    // Coverage now is what the inbox said approving would give.
    const after = await coverage();
    const afterBy = Object.fromEntries(after.groups.map((g: any) => [g.group, g.coveredOlder]));
    for (const g of effect.groups) expect(afterBy[g.group]).toBe(g.coveredAfter);
    expect(after.completeCircles).toBe(effect.completeCirclesAfter);
    expect(await auditEvents('facility', s.id)).toContain('FACILITY_CHANGE_APPROVED');
    expect(await auditEvents('facility_change', item.change.id)).toEqual(['FACILITY_CHANGE_SUBMITTED', 'FACILITY_CHANGE_APPROVED']);
    const gone = await api.gqlAs(civil, `query($id: ID!) { reviewItem(id: $id) { id } }`, { id: item.id });
    expect(gone.data.reviewItem).toBeNull();
  });

  it('a rejected change leaves the approved values, and the street office sees the reason on the station and in its history', async () => {
    const s = await approvedStation(1);
    const before = await get(office, s.id);
    const r = await api.gqlAs(office, UPDATE, { i: { id: s.id, version: s.version, capacity: { beds: 59 + before.capacity.beds } } });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const change = r.data.updateFacility.pendingChange;
    const wrongVersion = await api.gqlAs(civil, `mutation($id: ID!) { rejectFacilityChange(id: $id, version: 99, reason: "x") { id } }`, {
      id: change.id,
    });
    expect(wrongVersion.errors?.[0].extensions?.code).toBe('CONFLICT');
    const noReason = await api.gqlAs(civil, `mutation($id: ID!) { rejectFacilityChange(id: $id, version: 1, reason: "  ") { id } }`, {
      id: change.id,
    });
    expect(noReason.errors?.[0].extensions?.fields).toEqual([{ field: 'reason', message: '必填。' }]);
    const rejected = await api.gqlAs(
      civil,
      `mutation($id: ID!) { rejectFacilityChange(id: $id, version: 1, reason: "床位数与验收材料不符") { status reason } }`,
      {
        id: change.id,
      },
    );
    expect(rejected.data.rejectFacilityChange).toEqual({ status: 'REJECTED', reason: '床位数与验收材料不符' });
    const seen = await get(office, s.id);
    expect(seen.capacity.beds).toBe(before.capacity.beds);
    expect(seen.pendingChange).toBeNull();
    expect(seen.latestChange).toMatchObject({ status: 'REJECTED', reason: '床位数与验收材料不符', reviewedBy: 'review-civil' });
    expect(seen.viewerEditMode).toBe('PROPOSAL');
    const history = seen.reviewHistory.filter((h: any) => h.event.startsWith('FACILITY_CHANGE'));
    expect(history).toEqual([
      { event: 'FACILITY_CHANGE_SUBMITTED', username: 'review-office', note: null, fields: ['capacity.beds'] },
      { event: 'FACILITY_CHANGE_REJECTED', username: 'review-civil', note: '床位数与验收材料不符', fields: ['capacity.beds'] },
    ]);
    // Reviewing it twice is refused.
    const twice = await api.gqlAs(civil, `mutation($id: ID!) { approveFacilityChange(id: $id, version: 2) { id } }`, { id: change.id });
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a submitted record cannot be edited or removed by its submitter until reviewed; nothing is written', async () => {
    const d = await draft('审核中只读站', 0.0007);
    const sub = await api.gqlAs(office, `mutation($id: ID!, $v: Int!) { submitFacility(id: $id, version: $v) { id version status } }`, {
      id: d.id,
      v: d.version,
    });
    const f = sub.data.submitFacility;
    expect(f.status).toBe('SUBMITTED');
    expect((await get(office, f.id)).viewerCanModify).toBe(false);
    const snapshot = await registrySnapshot(api);
    const edit = await api.gqlAs(office, UPDATE, { i: { id: f.id, version: f.version, capacity: { beds: 999 } } });
    expect(edit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(edit.errors?.[0].extensions?.fields).toEqual([{ field: 'id', message: '“审核中只读站”已提交审批，审批完成前不能修改或删除。' }]);
    const remove = await api.gqlAs(office, `mutation($id: ID!, $v: Int!) { deleteFacility(id: $id, version: $v) { id } }`, {
      id: f.id,
      v: f.version,
    });
    expect(remove.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await registrySnapshot(api)).toEqual(snapshot);
    expect(await api.count('facility_change', `facility_id = ${Number(f.id)}`)).toBe(0);
    // In English too.
    const en = await api.gqlAs(office, UPDATE, { i: { id: f.id, version: f.version, phone: '1' } }, 'en');
    expect(en.errors?.[0].extensions?.fields[0].message).toMatch(/submitted for review/);
    // It is in the inbox as a new facility, with every value it brings.
    const item = await api.gqlAs(
      civil,
      `query($id: ID!) { reviewItem(id: $id) { type submittedBy diff { field before after } coverageEffect { groups { group newlyCovered } } } }`,
      {
        id: `NEW:${f.id}`,
      },
    );
    expect(item.errors, JSON.stringify(item.errors)).toBeUndefined();
    expect(item.data.reviewItem.type).toBe('NEW');
    expect(item.data.reviewItem.submittedBy).toBe('review-office');
    expect(item.data.reviewItem.diff.find((x: any) => x.field === 'name')).toEqual({ field: 'name', before: null, after: '审核中只读站' });
    expect(item.data.reviewItem.coverageEffect.groups.length).toBeGreaterThan(0);
  });

  it('civil affairs edits an approved facility directly, audited, and a change made before that is stale (CONFLICT)', async () => {
    const s = await approvedStation(2);
    const proposed = await api.gqlAs(office, UPDATE, { i: { id: s.id, version: s.version, phone: '023-6789' } });
    const change = proposed.data.updateFacility.pendingChange;
    const direct = await api.gqlAs(civil, UPDATE, { i: { id: s.id, version: s.version, openingHours: '全天' } });
    expect(direct.errors, JSON.stringify(direct.errors)).toBeUndefined();
    expect(direct.data.updateFacility.version).toBe(s.version + 1);
    expect((await auditEvents('facility', s.id)).at(-1)).toBe('FACILITY_UPDATED');
    const stale = await api.gqlAs(civil, `mutation($id: ID!) { approveFacilityChange(id: $id, version: 1) { id } }`, { id: change.id });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await get(civil, s.id)).pendingChange.status).toBe('PENDING');
  });

  it('submits the drafts of an upload together, atomically: one that cannot be submitted leaves all as drafts', async () => {
    const a = await draft('批量提交甲', 0.0009);
    const b = await draft('批量提交乙', 0.0011);
    const s = await approvedStation(3);
    const SUBMIT = `mutation($ids: [ID!]!) { submitFacilities(ids: $ids) { id status } }`;
    const bad = await api.gqlAs(office, SUBMIT, { ids: [a.id, b.id, s.id] });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields.map((f: any) => f.field)).toEqual(['ids.2']);
    expect(bad.errors?.[0].extensions?.fields[0].message).toMatch(/已通过/);
    expect((await get(office, a.id)).status).toBe('DRAFT');
    expect((await get(office, b.id)).status).toBe('DRAFT');
    const ok = await api.gqlAs(office, SUBMIT, { ids: [a.id, b.id] });
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    expect(ok.data.submitFacilities.map((f: any) => f.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect((await auditEvents('facility', a.id)).at(-1)).toBe('FACILITY_SUBMITTED');
    // Another street's station cannot be slipped in.
    const c = await draft('批量提交丙', 0.0013);
    const other = await api.gql(`query($p: LonLatInput!) { checkLocation(location: $p) { ok } }`, { p: otherPoint });
    expect(other.data.checkLocation.ok).toBe(true);
    const foreign = await api.gql(
      `{ facilities(filter: { statuses: [DRAFT] }, first: 500) { nodes { id division { name parent { name } } } } }`,
    );
    const notOurs = foreign.data.facilities.nodes.find(
      (n: any) => n.division && n.division.parent?.name !== '两路街道' && n.division.name !== '两路街道',
    );
    if (notOurs) {
      const mixed = await api.gqlAs(office, SUBMIT, { ids: [c.id, notOurs.id] });
      expect(mixed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await get(office, c.id)).status).toBe('DRAFT');
    }
  });

  it('checks a picked point against the office boundary, in the user language', async () => {
    const out = await api.gqlAs(office, `query($p: LonLatInput!) { checkLocation(location: $p) { ok message } }`, { p: otherPoint });
    expect(out.data.checkLocation.ok).toBe(false);
    expect(out.data.checkLocation.message).toMatch(/不在您的辖区/);
    const far = await api.gqlAs(office, `query { checkLocation(location: { lon: 10, lat: 10 }) { ok message } }`, undefined, 'en');
    expect(far.data.checkLocation).toEqual({ ok: false, message: expect.stringMatching(/outside/) });
  });
});
