import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedValues, DOMAIN_ENUM_CONSTRAINTS, syncEnumConstraints } from '@carecircle/api/dist/db/enum-constraints.js';
import { startTestApi, type TestApi } from '../testkit/api.js';

describe('enum check constraints follow the domain (a new facility kind needs no migration)', () => {
  let api: TestApi;
  const definition = async (name: string) => {
    const [row] = await api.db.orm.em
      .getConnection()
      .execute<{ def: string }[]>(`select pg_get_constraintdef(oid) as def from pg_constraint where conname = ?`, [name]);
    return row?.def ?? null;
  };
  beforeAll(async () => {
    api = await startTestApi({ demo: false, label: 'enums' });
  });
  afterAll(async () => api?.stop());

  it('after the migrations, facility_kind_check lists exactly the kinds of the domain (and of the schema)', async () => {
    const kinds = DOMAIN_ENUM_CONSTRAINTS.find((c) => c.name === 'facility_kind_check')!.values;
    const schema = await api.gql(`{ __type(name: "FacilityKind") { enumValues { name } } }`);
    expect([...kinds].sort()).toEqual(schema.data.__type.enumValues.map((v: { name: string }) => v.name).sort());
    for (const c of DOMAIN_ENUM_CONSTRAINTS)
      expect(checkedValues((await definition(c.name))!)?.sort(), c.name).toEqual([...c.values].sort());
    // Nothing to do when they agree.
    expect(await syncEnumConstraints(api.db.orm)).toEqual([]);
  });

  it('re-creates a constraint whose list differs from the domain, and then refuses values outside it', async () => {
    const conn = api.db.orm.em.getConnection();
    // As a database migrated before a kind was removed from (or added to) the domain.
    await conn.execute(
      `alter table facility drop constraint facility_kind_check, add constraint facility_kind_check check (kind in ('STREET_CENTER', 'RETIRED_KIND'))`,
    );
    expect(checkedValues((await definition('facility_kind_check'))!)).toEqual(['STREET_CENTER', 'RETIRED_KIND']);
    expect(await syncEnumConstraints(api.db.orm)).toEqual(['facility_kind_check']);
    const kinds = DOMAIN_ENUM_CONSTRAINTS.find((c) => c.name === 'facility_kind_check')!.values;
    expect(checkedValues((await definition('facility_kind_check'))!)?.sort()).toEqual([...kinds].sort());
    await expect(
      conn.execute(
        `insert into facility (name, kind, location, created_at, updated_at) values ('x', 'RETIRED_KIND', ST_SetSRID(ST_MakePoint(1, 1), 4326), now(), now())`,
      ),
    ).rejects.toThrow(/facility_kind_check/);
  });
});
