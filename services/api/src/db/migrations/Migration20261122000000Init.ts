import { Migration } from '@mikro-orm/migrations';

/** The registry schema: divisions, facilities, hubs, medical institutions, agreements, residents, road network. */
export class Migration20261122000000Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists postgis`);
    this.addSql(`create table "division" ("id" serial primary key, "code" varchar(32) not null, "name" varchar(100) not null, "level" text check ("level" in ('DISTRICT', 'STREET', 'TOWN', 'COMMUNITY', 'VILLAGE')) not null, "parent_id" int null, "path" varchar(400) not null, "boundary" geometry(MultiPolygon, 4326) null, "older_population" int not null default 0, "total_population" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1)`);
    this.addSql(`alter table "division" add constraint "division_code_unique" unique ("code")`);
    this.addSql(`create index "division_path_index" on "division" ("path")`);
    this.addSql(`create table "facility" ("id" serial primary key, "code" varchar(64) null, "name" varchar(200) not null, "kind" text check ("kind" in ('STREET_CENTER', 'TOWN_CENTER', 'COMMUNITY_STATION', 'MUTUAL_AID_POINT', 'CARE_INSTITUTION', 'OUTDOOR_HUB')) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CLOSED')) not null default 'DRAFT', "location" geometry(Point, 4326) not null, "address" varchar(300) null, "division_id" int null, "operator_name" varchar(200) null, "operator_type" text check ("operator_type" in ('PUBLIC', 'PRIVATE', 'SOCIAL_ORGANIZATION')) null, "services" text[] not null default '{}', "opening_hours" varchar(200) null, "capacity_beds" int not null default 0, "capacity_nursing_beds" int not null default 0, "capacity_occupied_beds" int not null default 0, "capacity_day_care_places" int not null default 0, "capacity_meal_seats" int not null default 0, "phone" varchar(40) null, "links" text[] not null default '{}', "hub_services" text[] not null default '{}', "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "deleted_at" timestamptz null)`);
    this.addSql(`alter table "facility" add constraint "facility_code_unique" unique ("code")`);
    this.addSql(`create index "facility_kind_status_index" on "facility" ("kind", "status")`);
    this.addSql(`create table "medical_institution" ("id" serial primary key, "code" varchar(64) null, "name" varchar(200) not null, "kind" text check ("kind" in ('GENERAL_HOSPITAL', 'GERIATRIC_HOSPITAL', 'TCM_HOSPITAL', 'COMMUNITY_HEALTH_CENTER', 'TOWNSHIP_HEALTH_CENTER', 'VILLAGE_CLINIC')) not null, "grade" text check ("grade" in ('GRADE_1', 'GRADE_2', 'GRADE_3')) null, "geriatrics_department" boolean not null default false, "hospice_beds" int not null default 0, "family_beds" int not null default 0, "elderly_friendly" boolean not null default false, "location" geometry(Point, 4326) not null, "address" varchar(300) null, "phone" varchar(40) null, "division_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1)`);
    this.addSql(`alter table "medical_institution" add constraint "medical_institution_code_unique" unique ("code")`);
    this.addSql(`create table "care_agreement" ("id" serial primary key, "code" varchar(64) null, "medical_id" int not null, "facility_id" int not null, "services" text[] not null default '{}', "signed_on" date null, "starts_on" date not null, "ends_on" date not null, "state" text check ("state" in ('DRAFT', 'SIGNED', 'TERMINATED')) not null default 'SIGNED', "termination_reason" varchar(500) null, "renewed_from_id" int null, "straight_line_meters" double precision null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "deleted_at" timestamptz null)`);
    this.addSql(`alter table "care_agreement" add constraint "care_agreement_code_unique" unique ("code")`);
    this.addSql(`create index "care_agreement_ends_on_index" on "care_agreement" ("ends_on")`);
    this.addSql(`create table "point_of_interest" ("id" serial primary key, "code" varchar(64) null, "name" varchar(200) not null, "kind" text check ("kind" in ('CULTURE_CENTER', 'SPORTS_GROUND', 'CANTEEN', 'SENIOR_UNIVERSITY', 'CLINIC', 'PARK')) not null, "location" geometry(Point, 4326) not null, "address" varchar(300) null, "created_at" timestamptz not null)`);
    this.addSql(`alter table "point_of_interest" add constraint "point_of_interest_code_unique" unique ("code")`);
    this.addSql(`create table "facility_resource" ("facility_id" int not null, "point_of_interest_id" int not null, constraint "facility_resource_pkey" primary key ("facility_id", "point_of_interest_id"))`);
    this.addSql(`create table "residential_area" ("id" serial primary key, "code" varchar(64) null, "name" varchar(200) not null, "location" geometry(Point, 4326) not null, "boundary" geometry(Polygon, 4326) null, "division_id" int null, "older_residents" int not null default 0, "total_residents" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1)`);
    this.addSql(`alter table "residential_area" add constraint "residential_area_code_unique" unique ("code")`);
    this.addSql(`create table "road_segment" ("id" serial primary key, "geometry" geometry(LineString, 4326) not null, "highway" varchar(40) null, "name" varchar(200) null, "source" varchar(200) null, "created_at" timestamptz not null)`);
    this.addSql(`alter table "division" add constraint "division_parent_id_foreign" foreign key ("parent_id") references "division" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "facility" add constraint "facility_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "medical_institution" add constraint "medical_institution_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "care_agreement" add constraint "care_agreement_medical_id_foreign" foreign key ("medical_id") references "medical_institution" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "care_agreement" add constraint "care_agreement_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade on delete restrict`);
    this.addSql(`alter table "care_agreement" add constraint "care_agreement_renewed_from_id_foreign" foreign key ("renewed_from_id") references "care_agreement" ("id") on update cascade on delete set null`);
    this.addSql(`alter table "facility_resource" add constraint "facility_resource_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "facility_resource" add constraint "facility_resource_point_of_interest_id_foreign" foreign key ("point_of_interest_id") references "point_of_interest" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "residential_area" add constraint "residential_area_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade on delete restrict`);
    this.addSql(`create index "division_boundary_gist" on "division" using gist ("boundary")`);
    this.addSql(`create index "division_parent_id_index" on "division" ("parent_id")`);
    this.addSql(`create index "facility_location_gist" on "facility" using gist ("location")`);
    this.addSql(`create index "facility_location_geog_gist" on "facility" using gist (("location"::geography))`);
    this.addSql(`create index "facility_division_id_index" on "facility" ("division_id")`);
    this.addSql(`alter table "facility" add constraint "facility_capacity_check" check ("capacity_beds" >= 0 and "capacity_nursing_beds" >= 0 and "capacity_occupied_beds" >= 0 and "capacity_day_care_places" >= 0 and "capacity_meal_seats" >= 0 and "capacity_nursing_beds" <= "capacity_beds" and "capacity_occupied_beds" <= "capacity_beds")`);
    this.addSql(`create index "medical_institution_location_gist" on "medical_institution" using gist ("location")`);
    this.addSql(`create index "medical_institution_division_id_index" on "medical_institution" ("division_id")`);
    this.addSql(`alter table "medical_institution" add constraint "medical_institution_beds_check" check ("hospice_beds" >= 0 and "family_beds" >= 0)`);
    this.addSql(`create index "care_agreement_medical_id_index" on "care_agreement" ("medical_id")`);
    this.addSql(`create index "care_agreement_facility_id_index" on "care_agreement" ("facility_id")`);
    this.addSql(`alter table "care_agreement" add constraint "care_agreement_dates_check" check ("starts_on" <= "ends_on")`);
    this.addSql(`create index "point_of_interest_location_gist" on "point_of_interest" using gist ("location")`);
    this.addSql(`create index "residential_area_location_gist" on "residential_area" using gist ("location")`);
    this.addSql(`create index "residential_area_division_id_index" on "residential_area" ("division_id")`);
    this.addSql(`alter table "residential_area" add constraint "residential_area_residents_check" check ("older_residents" >= 0 and "total_residents" >= 0)`);
    this.addSql(`create index "road_segment_geometry_gist" on "road_segment" using gist ("geometry")`);
    this.addSql(`create table "app_setting" ("key" varchar(100) primary key, "value" jsonb not null, "updated_at" timestamptz not null default now())`);
  }
}
