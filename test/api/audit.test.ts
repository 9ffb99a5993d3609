import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
let division: { id: string; name: string };
let officeToken: string;
let civilToken: string;
let station: { lon: number; lat: number };

/** Audit rows of one record, oldest first, straight from the database. */
async function auditOf(entity: string, id: string | number) {
  return api.db.orm.em.getConnection().execute<
    {
      event: string;
      action: string;
      username: string | null;
      user_id: number | null;
      division_path: string | null;
      request_id: string | null;
      after: any;
    }[]
  >(`select event, action, username, user_id, division_path, request_id, after from audit_log where entity = ? and entity_id = ? order by id`, [entity, String(id)]);
}

beforeAll(async () => {
  api = await startTestApi({ label: 'audit' });
  const found = await api.gql(`{ divisions(filter: { levels: [STREET], search: "两路" }, first: 1) { nodes { id name } } }`);
  division = found.data.divisions.nodes[0];
  officeToken = await api.userToken('STREET_OFFICE', division.id, 'audit-office');
  civilToken = await api.userToken('CIVIL_AFFAIRS', null, 'audit-civil');
  const own = await api.gql(
    `query($d: ID) { facilities(filter: { divisionId: $d, kinds: [COMMUNITY_STATION] }, first: 1) { nodes { location } } }`,
    { d: division.id },
  );
  const [lon, lat] = own.data.facilities.nodes[0].location.coordinates;
  station = { lon, lat };
});
afterAll(async () => api?.stop());

describe('named audit events beside the row diffs', () => {
  it('logs every workflow step by name: approving a facility logs FACILITY_APPROVED', async () => {
    const created = await api.gqlAs(officeToken, `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id version } }`, {
      i: {
        name: '事件测试站',
        kind: 'COMMUNITY_STATION',
        location: { lon: station.lon + 0.0011, lat: station.lat },
      },
    });
    expect(created.errors).toBeUndefined();
    let f = created.data.createFacility;
    const step = async (token: string | null, mutation: string, args = '') => {
      const r = await api.gqlAs(token, `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v${args}) { id version } }`, {
        id: f.id,
        v: f.version,
      });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      f = r.data[mutation];
    };
    const edited = await api.gqlAs(officeToken, `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id version } }`, {
      i: { id: f.id, version: f.version, phone: '023-1234' },
    });
    f = edited.data.updateFacility;
    await step(officeToken, 'submitFacility');
    await step(civilToken, 'rejectFacility', ', reason: "缺少地址"');
    await step(officeToken, 'submitFacility');
    await step(civilToken, 'approveFacility');
    await step(civilToken, 'closeFacility');
    await step(api.adminToken, 'deleteFacility');
    await step(api.adminToken, 'restoreFacility');

    const rows = await auditOf('facility', f.id);
    expect(rows.map((r) => [r.event, r.action])).toEqual([
      ['FACILITY_CREATED', 'create'],
      ['FACILITY_UPDATED', 'update'],
      ['FACILITY_SUBMITTED', 'update'],
      ['FACILITY_REJECTED', 'update'],
      ['FACILITY_SUBMITTED', 'update'],
      ['FACILITY_APPROVED', 'update'],
      ['FACILITY_CLOSED', 'update'],
      ['FACILITY_DELETED', 'update'],
      ['FACILITY_RESTORED', 'update'],
    ]);
    const approved = rows.find((r) => r.event === 'FACILITY_APPROVED')!;
    expect(approved).toMatchObject({
      username: 'audit-civil',
      after: { status: 'APPROVED', version: 6 },
    });
    expect(rows[0].after).toMatchObject({
      status: 'DRAFT',
      version: 1,
      code: null,
      deletedAt: null,
    });
    expect(rows.every((r) => r.division_path && r.request_id)).toBe(true);
  });

  it('names agreement events it knows cheaply: renewed and terminated', async () => {
    const a = (await api.gql(`{ agreements(filter: { statuses: [ACTIVE, EXPIRING] }, first: 1) { nodes { id version endsOn } } }`)).data
      .agreements.nodes[0];
    const renewed = await api.gql(`mutation($i: RenewAgreementInput!) { renewAgreement(input: $i) { id } }`, {
      i: { id: a.id, version: a.version, endsOn: '2099-12-31' },
    });
    expect(renewed.errors, JSON.stringify(renewed.errors)).toBeUndefined();
    const terminated = await api.gql(`mutation($id: ID!, $v: Int!) { terminateAgreement(id: $id, version: $v, reason: "撤点") { id } }`, {
      id: a.id,
      v: a.version,
    });
    expect(terminated.errors, JSON.stringify(terminated.errors)).toBeUndefined();
    const removed = await api.gql(`mutation($id: ID!, $v: Int!) { deleteAgreement(id: $id, version: $v) { id version } }`, {
      id: a.id,
      v: terminated.data ? a.version + 1 : a.version,
    });
    expect(removed.errors, JSON.stringify(removed.errors)).toBeUndefined();
    const restored = await api.gql(`mutation($id: ID!, $v: Int!) { restoreAgreement(id: $id, version: $v) { id } }`, {
      id: a.id,
      v: removed.data.deleteAgreement.version,
    });
    expect(restored.errors, JSON.stringify(restored.errors)).toBeUndefined();
    expect((await auditOf('care_agreement', renewed.data.renewAgreement.id)).map((r) => r.event)).toEqual(['AGREEMENT_RENEWED']);
    expect((await auditOf('care_agreement', a.id)).map((r) => r.event)).toEqual([
      'AGREEMENT_TERMINATED',
      'AGREEMENT_DELETED',
      'AGREEMENT_RESTORED',
    ]);

    // A renewal still names the agreement it renews after that one was removed (by id and in lists).
    await api.gql(`mutation($id: ID!, $v: Int!) { deleteAgreement(id: $id, version: $v) { id } }`, {
      id: a.id,
      v: removed.data.deleteAgreement.version + 1,
    });
    const renewal = await api.gql(`query($id: ID!) { agreement(id: $id) { renewedFrom { id } } }`, { id: renewed.data.renewAgreement.id });
    expect(renewal.data.agreement.renewedFrom).toEqual({ id: a.id });
    const listed = await api.gql(`{ agreements(first: 500) { nodes { id renewedFrom { id } } } }`);
    expect(listed.data.agreements.nodes.find((n: any) => n.id === renewed.data.renewAgreement.id).renewedFrom).toEqual({ id: a.id });
  });

  it('an upload logs FACILITY_IMPORTED with the uploader, in the full-row shape of the API’s rows', async () => {
    const name = `导入事件站${Date.now() % 100000}`;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('站点');
    ws.addRow(['名称', '类型', '经度', '纬度', '助餐座位', '运营方']);
    ws.addRow([name, '社区养老服务站', station.lon - 0.0013, station.lat, 12, '某公司']);
    const res = await fetch(`${api.url}/imports/facilities?filename=events.xlsx`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${officeToken}`,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).committed).toBe(true);

    const [id] = (await api.db.orm.em.getConnection().execute<{ id: number }[]>(`select id from facility where name = ?`, [name])).map(
      (r) => r.id,
    );
    const [imported] = await auditOf('facility', id);
    expect(imported).toMatchObject({
      event: 'FACILITY_IMPORTED',
      action: 'create',
      username: 'audit-office',
    });
    expect(imported.user_id).not.toBeNull();
    expect(imported.request_id).toBeTruthy();
    expect(imported.division_path).toMatch(/^\//);
    expect(imported.after).toMatchObject({
      id,
      name,
      status: 'DRAFT',
      version: 1,
      capacity_mealSeats: 12,
      operator_name: '某公司',
      code: null,
      deletedAt: null,
    });
    expect(typeof imported.after.division).toBe('number');

    // The same keys and value forms as a row the ORM subscriber writes for a facility made in the API.
    const made = await api.gqlAs(officeToken, `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }`, {
      i: {
        name: `${name}-API`,
        kind: 'COMMUNITY_STATION',
        location: { lon: station.lon - 0.0017, lat: station.lat },
        capacity: { mealSeats: 12 },
      },
    });
    const [created] = await auditOf('facility', made.data.createFacility.id);
    expect(Object.keys(imported.after).sort()).toEqual(Object.keys(created.after).sort());
    for (const key of ['location', 'services', 'createdAt', 'division'])
      expect(typeof imported.after[key], key).toBe(typeof created.after[key]);
  });

  it('exports the event column in /audit.csv', async () => {
    const res = await fetch(`${api.url}/audit.csv?entity=facility`, {
      headers: { authorization: `Bearer ${api.adminToken}` },
    });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trim().split('\n');
    expect(header).toBe('id,at,username,action,event,entity,entity_id,before,after,request_id,ip');
    expect(lines.some((l) => l.split(',')[4] === 'FACILITY_APPROVED')).toBe(true);
    expect(lines.some((l) => l.split(',')[4] === 'FACILITY_IMPORTED')).toBe(true);
  });
});

describe('soft delete as a standing filter', () => {
  it('a removed facility is found nowhere by the ORM, yet its agreements keep showing it; restoring brings it back', async () => {
    const a = (await api.gql(`{ agreements(first: 1) { nodes { id facility { id version name } } } }`)).data.agreements.nodes[0];
    const removed = await api.gql(`mutation($id: ID!, $v: Int!) { deleteFacility(id: $id, version: $v) { id version } }`, {
      id: a.facility.id,
      v: a.facility.version,
    });
    expect(removed.errors).toBeUndefined();
    const missing = await api.gql(`query($id: ID!) { facility(id: $id) { id } }`, { id: a.facility.id }, 'en');
    expect(missing.errors![0]).toMatchObject({
      message: `Facility ${a.facility.id} does not exist.`,
      extensions: { code: 'NOT_FOUND' },
    });
    const listed = await api.gql(`query($s: String) { facilities(filter: { search: $s }) { nodes { id } } }`, { s: a.facility.name });
    expect(listed.data.facilities.nodes.map((n: { id: string }) => n.id)).not.toContain(a.facility.id);
    // Editing a removed facility is NOT_FOUND too; the agreement still names its party.
    const edit = await api.gql(`mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id } }`, {
      i: {
        id: a.facility.id,
        version: removed.data.deleteFacility.version,
        phone: '1',
      },
    });
    expect(edit.errors![0].extensions!.code).toBe('NOT_FOUND');
    const agreement = await api.gql(`query($id: ID!) { agreement(id: $id) { id facility { id name } } }`, { id: a.id });
    expect(agreement.errors).toBeUndefined();
    expect(agreement.data.agreement.facility).toEqual({
      id: a.facility.id,
      name: a.facility.name,
    });
    const ofFacility = await api.gql(`query($f: ID) { agreements(filter: { facilityId: $f }) { nodes { id facility { name } } } }`, {
      f: a.facility.id,
    });
    expect(ofFacility.errors).toBeUndefined();
    expect(ofFacility.data.agreements.nodes.map((n: any) => n.facility.name)).toContain(a.facility.name);

    const restored = await api.gql(`mutation($id: ID!, $v: Int!) { restoreFacility(id: $id, version: $v) { id } }`, {
      id: a.facility.id,
      v: removed.data.deleteFacility.version,
    });
    expect(restored.errors).toBeUndefined();
    expect(
      (
        await api.gql(`query($id: ID!) { facility(id: $id) { name } }`, {
          id: a.facility.id,
        })
      ).data.facility.name,
    ).toBe(a.facility.name);
    // Only removed facilities can be restored.
    const again = await api.gql(`mutation($id: ID!, $v: Int!) { restoreFacility(id: $id, version: $v) { id } }`, {
      id: a.facility.id,
      v: 1,
    });
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
