import { useMutation } from '@apollo/client/react';
import {
  FACILITY_KIND_LIST,
  FormField,
  OPERATOR_TYPE_LABELS,
  SERVICE_LABELS,
  StatusBadge,
  formErrors,
  label,
  useLang,
  useT,
  valuesOf,
} from '@carecircle/ui';
import { useEffect, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { FacilityKind, OperatorType, ServiceKind, StationForm_FacilityFragment } from '../gql/graphql.js';
import { messages } from '../messages.js';

export const StationFormFragment = graphql(`
  fragment StationForm_Facility on Facility {
    id
    version
    name
    kind
    status
    address
    openingHours
    phone
    services
    location
    capacity {
      beds
      nursingBeds
      occupiedBeds
      dayCarePlaces
      mealSeats
    }
    operator {
      name
      type
    }
    viewerCanModify
    viewerCanSubmit
    viewerCanReview
  }
`);

const CreateStation = graphql(`
  mutation CreateStation($input: CreateFacilityInput!) {
    createFacility(input: $input) {
      id
      status
      ...StationForm_Facility
      ...StationRow_Facility
    }
  }
`);

const UpdateStation = graphql(`
  mutation UpdateStation($input: UpdateFacilityInput!) {
    updateFacility(input: $input) {
      id
      status
      ...StationForm_Facility
      ...StationRow_Facility
    }
  }
`);

const SubmitStation = graphql(`
  mutation SubmitStation($id: ID!, $version: Int!) {
    submitFacility(id: $id, version: $version) {
      id
      status
      ...StationForm_Facility
      ...StationRow_Facility
    }
  }
`);

const ApproveStation = graphql(`
  mutation ApproveStation($id: ID!, $version: Int!) {
    approveFacility(id: $id, version: $version) {
      id
      status
      ...StationForm_Facility
      ...StationRow_Facility
    }
  }
`);

const RejectStation = graphql(`
  mutation RejectStation($id: ID!, $version: Int!, $reason: String!) {
    rejectFacility(id: $id, version: $version, reason: $reason) {
      id
      status
      ...StationForm_Facility
      ...StationRow_Facility
    }
  }
`);

const SERVICES = valuesOf(SERVICE_LABELS);
const OPERATOR_TYPES = valuesOf(OPERATOR_TYPE_LABELS);
const CAPACITY = ['beds', 'nursingBeds', 'occupiedBeds', 'dayCarePlaces', 'mealSeats'] as const;

interface FormState {
  name: string;
  kind: FacilityKind;
  address: string;
  openingHours: string;
  phone: string;
  services: ServiceKind[];
  lon: string;
  lat: string;
  operatorName: string;
  operatorType: OperatorType | '';
  capacity: Record<(typeof CAPACITY)[number], string>;
}

const emptyForm = (): FormState => ({
  name: '',
  kind: 'COMMUNITY_STATION',
  address: '',
  openingHours: '',
  phone: '',
  services: [],
  lon: '',
  lat: '',
  operatorName: '',
  operatorType: '',
  capacity: { beds: '', nursingBeds: '', occupiedBeds: '', dayCarePlaces: '', mealSeats: '' },
});

function fromFacility(f: StationForm_FacilityFragment): FormState {
  const [lon, lat] = (f.location as GeoJSON.Point).coordinates;
  return {
    name: f.name,
    kind: f.kind,
    address: f.address ?? '',
    openingHours: f.openingHours ?? '',
    phone: f.phone ?? '',
    services: [...f.services],
    lon: String(lon),
    lat: String(lat),
    operatorName: f.operator.name ?? '',
    operatorType: f.operator.type ?? '',
    capacity: Object.fromEntries(CAPACITY.map((k) => [k, String(f.capacity[k])])) as FormState['capacity'],
  };
}

/**
 * Registers a station (as a draft) or edits one; the server's messages appear beside the fields.
 * Saving, submitting and reviewing are offered as the record's own `viewerCan…` fields allow.
 */
export function StationForm({
  facility,
  picked,
  onSaved,
  onCancel,
  onLocation,
  onReload,
}: {
  facility: FragmentType<typeof StationFormFragment> | null;
  picked: [number, number] | null;
  onSaved: (id: string, name: string, status: string) => void;
  onCancel: () => void;
  onLocation: (lonLat: [number, number] | null) => void;
  onReload: () => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const record = facility ? getFragmentData(StationFormFragment, facility) : null;
  const [form, setForm] = useState<FormState>(() => (record ? fromFacility(record) : emptyForm()));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [create, created] = useMutation(CreateStation, { refetchQueries: ['StationsOfDivision'] });
  const [update, updated] = useMutation(UpdateStation, { refetchQueries: ['StationsOfDivision'] });
  const [submit, submitted] = useMutation(SubmitStation, { refetchQueries: ['StationsOfDivision'] });
  const [approve, approved] = useMutation(ApproveStation, { refetchQueries: ['StationsOfDivision'] });
  const [reject, rejected] = useMutation(RejectStation, { refetchQueries: ['StationsOfDivision'] });
  const [reason, setReason] = useState('');
  const workflowError = submitted.error ?? approved.error ?? rejected.error;
  const result = record ? { ...updated, error: updated.error ?? workflowError } : created;
  const server = formErrors(result.error);
  const errors: Record<string, string> = { ...server.fields, ...local };

  useEffect(() => {
    if (record) setForm(fromFacility(record));
    // A reloaded record (new version) resets the form to what the server holds now.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new record or version resets the form, not every re-render's object
  }, [record?.id, record?.version]);
  useEffect(() => {
    if (picked) setForm((f) => ({ ...f, lon: picked[0].toFixed(6), lat: picked[1].toFixed(6) }));
  }, [picked]);
  useEffect(() => {
    const lon = Number(form.lon),
      lat = Number(form.lat);
    onLocation(form.lon !== '' && form.lat !== '' && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report the point when it changes; the parent's callback identity does not matter
  }, [form.lon, form.lat]);

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function save() {
    const problems: Record<string, string> = {};
    const lon = Number(form.lon),
      lat = Number(form.lat);
    if (form.lon.trim() === '' || form.lat.trim() === '' || !Number.isFinite(lon) || !Number.isFinite(lat))
      problems.location = t('pickHint');
    const capacity: Record<string, number> = {};
    for (const k of CAPACITY) {
      const v = form.capacity[k].trim();
      if (v === '') continue;
      if (!/^-?\d+$/.test(v)) problems[`capacity.${k}`] = t('wholeNumber');
      else capacity[k] = Number(v);
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const fields = {
      name: form.name,
      kind: form.kind,
      location: { lon, lat },
      address: form.address || null,
      openingHours: form.openingHours || null,
      phone: form.phone || null,
      services: form.services,
      capacity,
      operator: { name: form.operatorName || null, type: form.operatorType || null },
    };
    try {
      if (record) {
        const res = await update({ variables: { input: { id: record.id, version: record.version, ...fields } } });
        if (res.data) onSaved(record.id, form.name, res.data.updateFacility.status);
      } else {
        const res = await create({ variables: { input: fields } });
        if (res.data) onSaved(res.data.createFacility.id, form.name, res.data.createFacility.status);
      }
    } catch {
      // Shown from the mutation result below.
    }
  }

  const field = (key: string, caption: string, input: ReactNode) => (
    <FormField label={caption} error={errors[key]} htmlFor={`f-${key}`}>
      {input}
    </FormField>
  );
  return (
    <form
      className="cc-panel"
      data-testid="station-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{record ? t('editTitle', { name: record.name }) : t('register')}</h3>
      {record && (
        <p>
          {t('status')}: <StatusBadge status={record.status} testId="station-status" /> · {t('version')} {record.version}
        </p>
      )}
      {server.conflict && (
        <div className="cc-notice" role="alert" data-testid="conflict-warning">
          {t('conflict')}{' '}
          <button type="button" onClick={onReload}>
            {t('reload')}
          </button>
        </div>
      )}
      {server.message && !server.conflict && (
        <div className="cc-error-panel" role="alert">
          {server.message}
        </div>
      )}
      {Object.keys(errors).length > 0 && <p className="cc-field-error">{t('fixErrors')}</p>}
      {field('name', t('name'), <input id="f-name" value={form.name} onChange={(e) => set('name', e.target.value)} />)}
      {field(
        'kind',
        t('kind'),
        <select id="f-kind" value={form.kind} onChange={(e) => set('kind', e.target.value as FacilityKind)}>
          {FACILITY_KIND_LIST.map((k) => (
            <option key={k} value={k}>
              {label(k, lang)}
            </option>
          ))}
        </select>,
      )}
      <p className="cc-muted">{t('pickHint')}</p>
      <div className="cc-row">
        {field('location', t('lon'), <input id="f-location" value={form.lon} onChange={(e) => set('lon', e.target.value)} size={11} />)}
        {field(
          'location.lat',
          t('lat'),
          <input id="f-location-lat" value={form.lat} onChange={(e) => set('lat', e.target.value)} size={11} />,
        )}
      </div>
      {field('address', t('address'), <input id="f-address" value={form.address} onChange={(e) => set('address', e.target.value)} />)}
      {field(
        'services',
        t('services'),
        <div className="cc-row">
          {SERVICES.map((s) => (
            <label key={s} style={{ fontSize: 12 }}>
              <input
                type="checkbox"
                checked={form.services.includes(s)}
                onChange={(e) => set('services', e.target.checked ? [...form.services, s] : form.services.filter((x) => x !== s))}
              />
              {label(s, lang)}
            </label>
          ))}
        </div>,
      )}
      {field(
        'openingHours',
        t('hours'),
        <input
          id="f-openingHours"
          value={form.openingHours}
          onChange={(e) => set('openingHours', e.target.value)}
          placeholder={t('hoursExample')}
        />,
      )}
      <div className="cc-row">
        {CAPACITY.map((k) => (
          <div key={k} style={{ width: 92 }}>
            {field(
              `capacity.${k}`,
              t(k === 'dayCarePlaces' ? 'dayCare' : k),
              <input
                id={`f-capacity.${k}`}
                value={form.capacity[k]}
                inputMode="numeric"
                size={6}
                onChange={(e) => set('capacity', { ...form.capacity, [k]: e.target.value })}
              />,
            )}
          </div>
        ))}
      </div>
      {field(
        'operator.name',
        t('operatorName'),
        <input id="f-operator.name" value={form.operatorName} onChange={(e) => set('operatorName', e.target.value)} />,
      )}
      {field(
        'operator.type',
        t('operatorType'),
        <select id="f-operator.type" value={form.operatorType} onChange={(e) => set('operatorType', e.target.value as OperatorType | '')}>
          <option value="">{t('none')}</option>
          {OPERATOR_TYPES.map((o) => (
            <option key={o} value={o}>
              {label(o, lang)}
            </option>
          ))}
        </select>,
      )}
      {field('phone', t('phone'), <input id="f-phone" value={form.phone} onChange={(e) => set('phone', e.target.value)} />)}
      <div className="cc-row">
        {(!record || record.viewerCanModify) && (
          <button type="submit" className="cc-primary" disabled={result.loading}>
            {record ? t('saveChanges') : t('saveDraft')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {record?.viewerCanSubmit && (
        <div className="cc-row" style={{ marginTop: 8 }}>
          <button
            type="button"
            data-testid="submit-station"
            onClick={async () => {
              const res = await submit({ variables: { id: record.id, version: record.version } }).catch(() => null);
              if (res?.data) onSaved(record.id, record.name, res.data.submitFacility.status);
            }}
          >
            {t('submit')}
          </button>
        </div>
      )}
      {record?.viewerCanReview && (
        <div className="cc-row" style={{ marginTop: 8 }}>
          <button
            type="button"
            className="cc-primary"
            onClick={async () => {
              const res = await approve({ variables: { id: record.id, version: record.version } }).catch(() => null);
              if (res?.data) onSaved(record.id, record.name, res.data.approveFacility.status);
            }}
          >
            {t('approve')}
          </button>
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('rejectReason')} />
          <button
            type="button"
            onClick={async () => {
              const res = await reject({ variables: { id: record.id, version: record.version, reason } }).catch(() => null);
              if (res?.data) onSaved(record.id, record.name, res.data.rejectFacility.status);
            }}
          >
            {t('reject')}
          </button>
        </div>
      )}
      <p className="cc-muted">{t('statusNote')}</p>
    </form>
  );
}
