import { useMutation, useQuery } from '@apollo/client/react';
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
import { messages, type MessageKey } from '../messages.js';
import { FieldDiffTable } from '../review/field-diff.js';

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
    statusReason
    viewerCanModify
    viewerCanSubmit
    viewerCanReview
    viewerEditMode
    pendingChange {
      id
      createdAt
      comment
      diff {
        field
        before
        after
      }
    }
    latestChange {
      id
      status
      reason
      reviewedAt
    }
    reviewHistory {
      at
      event
      username
      note
      fields
    }
  }
`);

const CheckLocation = graphql(`
  query CheckStationLocation($p: LonLatInput!) {
    checkLocation(location: $p) {
      ok
      message
    }
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

/** The error keys (input paths) each form value answers for: editing it clears their messages. */
const ERROR_KEYS: Record<string, string[]> = {
  name: ['name'],
  kind: ['kind', 'name'],
  lon: ['location', 'location.lat', 'divisionId'],
  lat: ['location', 'location.lat', 'divisionId'],
  address: ['address'],
  openingHours: ['openingHours'],
  phone: ['phone'],
  services: ['services'],
  operatorName: ['operator.name'],
  operatorType: ['operator.type'],
};

/**
 * Errors that follow from another one are left out: with the place wrong, its division and the
 * latitude repeat it; with the beds wrong, the comparisons against the beds do too.
 */
function withoutCascades(errors: Record<string, string>): Record<string, string> {
  const out = { ...errors };
  if (out.location) {
    delete out['location.lat'];
    delete out.divisionId;
  }
  if (out['capacity.beds']) {
    delete out['capacity.occupiedBeds'];
    delete out['capacity.nursingBeds'];
  }
  return out;
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
  onSaved: (id: string, name: string, status: string, proposal?: boolean) => void;
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
  const [comment, setComment] = useState('');
  // Values edited since the last save: their server messages no longer apply.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const workflowError = submitted.error ?? approved.error ?? rejected.error;
  const result = record ? { ...updated, error: updated.error ?? workflowError } : created;
  const server = formErrors(result.error);
  const errors: Record<string, string> = withoutCascades(
    Object.fromEntries(Object.entries({ ...server.fields, ...local }).filter(([k]) => !edited.has(k))),
  );
  const lonNum = Number(form.lon),
    latNum = Number(form.lat);
  const pointGiven = form.lon.trim() !== '' && form.lat.trim() !== '' && Number.isFinite(lonNum) && Number.isFinite(latNum);
  // The boundary is checked as soon as the point is picked (or typed), not only on saving.
  const placeCheck = useQuery(CheckLocation, { variables: { p: { lon: lonNum, lat: latNum } }, skip: !pointGiven });
  const mode = record?.viewerEditMode ?? 'DIRECT';
  const proposal = mode === 'PROPOSAL';

  useEffect(() => {
    if (record) setForm(fromFacility(record));
    // A reloaded record (new version) resets the form to what the server holds now.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new record or version resets the form, not every re-render's object
  }, [record?.id, record?.version]);
  useEffect(() => {
    if (!picked) return;
    setForm((f) => ({ ...f, lon: picked[0].toFixed(6), lat: picked[1].toFixed(6) }));
    setEdited((e) => new Set([...e, ...ERROR_KEYS.lon]));
  }, [picked]);
  useEffect(() => {
    const lon = Number(form.lon),
      lat = Number(form.lat);
    onLocation(form.lon !== '' && form.lat !== '' && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report the point when it changes; the parent's callback identity does not matter
  }, [form.lon, form.lat]);

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setEdited((e) => new Set([...e, ...(ERROR_KEYS[k] ?? [k])]));
  };
  const setCapacity = (k: (typeof CAPACITY)[number], v: string) => {
    setForm((f) => ({ ...f, capacity: { ...f.capacity, [k]: v } }));
    setEdited((e) => new Set([...e, `capacity.${k}`, ...(k === 'beds' ? ['capacity.occupiedBeds', 'capacity.nursingBeds'] : [])]));
  };

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
    setEdited(new Set());
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
        const input = { id: record.id, version: record.version, ...fields, ...(proposal ? { comment: comment || null } : {}) };
        const res = await update({ variables: { input } });
        if (res.data) onSaved(record.id, form.name, res.data.updateFacility.status, proposal);
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
      {record?.status === 'REJECTED' && record.statusReason && (
        <div className="cc-error-panel" data-testid="station-reason">
          {t('rejectedReason', { reason: record.statusReason })}
        </div>
      )}
      {record?.status === 'SUBMITTED' && mode === 'LOCKED' && !record.viewerCanReview && (
        <div className="cc-notice" data-testid="station-locked">
          {t('submittedLocked')}
        </div>
      )}
      {record?.pendingChange && (
        <div className="cc-notice" data-testid="station-pending">
          <strong>{t('pendingTitle', { at: String(record.pendingChange.createdAt).slice(0, 16).replace('T', ' ') })}</strong>
          {record.pendingChange.comment && (
            <div>
              {t('changeComment')}: {record.pendingChange.comment}
            </div>
          )}
          <FieldDiffTable diff={record.pendingChange.diff} />
        </div>
      )}
      {record && !record.pendingChange && record.latestChange?.status === 'REJECTED' && (
        <div className="cc-error-panel" data-testid="station-change-reason">
          {t('changeRejected', { reason: record.latestChange.reason ?? '' })}
        </div>
      )}
      {record && !record.pendingChange && record.latestChange?.status === 'APPROVED' && (
        <p className="cc-muted">{t('changeApproved', { at: String(record.latestChange.reviewedAt ?? '').slice(0, 10) })}</p>
      )}
      {proposal && (
        <div className="cc-notice" data-testid="station-proposal-note">
          {t('proposalNote')}
        </div>
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
      {pointGiven && placeCheck.data && !errors.location && (
        <p
          className={placeCheck.data.checkLocation.ok ? 'cc-muted' : 'cc-field-error'}
          data-testid="location-check"
          role={placeCheck.data.checkLocation.ok ? undefined : 'alert'}
        >
          {placeCheck.data.checkLocation.message}
        </p>
      )}
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
                onChange={(e) => setCapacity(k, e.target.value)}
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
      {proposal &&
        field(
          'comment',
          t('comment'),
          <input id="f-comment" value={comment} onChange={(e) => setComment(e.target.value)} data-testid="change-comment" />,
        )}
      <div className="cc-row">
        {(!record || record.viewerCanModify) && (
          <button type="submit" className="cc-primary" disabled={result.loading} data-testid="save-station">
            {record ? t(proposal ? 'saveProposal' : 'saveChanges') : t('saveDraft')}
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
      {record?.reviewHistory && record.reviewHistory.length > 0 && (
        <section data-testid="station-history">
          <h4>{t('historyTitle')}</h4>
          <ol className="cc-muted" style={{ paddingLeft: 18, margin: 0 }}>
            {record.reviewHistory.map((h, i) => (
              <li key={i}>
                {String(h.at).slice(0, 16).replace('T', ' ')} · {t(`ev.${h.event}` as MessageKey)} · {h.username ?? '—'}
                {h.note ? t('historyNote', { note: h.note }) : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
    </form>
  );
}
