import { useMutation } from '@apollo/client/react';
import { AGREEMENT_SERVICE_LABELS, FormField, formErrors, label, useLang, useT, valuesOf } from '@carecircle/ui';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import type { AgreementService } from '../gql/graphql.js';
import { messages } from '../messages.js';

const CreateAgreement = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
      status
      ...AgreementRow_CareAgreement
    }
  }
`);

const SERVICES = valuesOf(AGREEMENT_SERVICE_LABELS);

const today = () => new Date().toISOString().slice(0, 10);
const inYears = (n: number) => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + n);
  return d.toISOString().slice(0, 10);
};

/** Creates an agreement between a medical institution and a care institution. */
export function AgreementForm({
  medical,
  care,
  initialFacilityId,
  onDone,
  onCancel,
}: {
  medical: { id: string; name: string }[];
  care: { id: string; name: string }[];
  initialFacilityId: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const [medicalId, setMedicalId] = useState('');
  const [facilityId, setFacilityId] = useState(initialFacilityId ?? '');
  const [services, setServices] = useState<AgreementService[]>(['TWO_WAY_REFERRAL', 'GREEN_CHANNEL']);
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState(inYears(3));
  const [signedOn, setSignedOn] = useState(today());
  const [create, created] = useMutation(CreateAgreement, {
    refetchQueries: ['AgreementsOverview', 'SigningCoverage', 'CareInstitutions'],
    awaitRefetchQueries: true,
  });
  const errors = formErrors(created.error);
  const local: Record<string, string> = {};
  if (created.called && !medicalId) local.medicalId = t('choose');
  if (created.called && !facilityId) local.facilityId = t('choose');

  async function save() {
    if (!medicalId || !facilityId) return void created.reset?.();
    try {
      await create({ variables: { input: { medicalId, facilityId, services, startsOn, endsOn, signedOn: signedOn || null } } });
      onDone(t('created'));
    } catch {
      // Shown beside the fields.
    }
  }
  return (
    <form
      className="cc-panel"
      data-testid="agreement-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('create')}</h3>
      {errors.message && (
        <div className="cc-error-panel" role="alert">
          {errors.message}
        </div>
      )}
      <FormField label={t('medical')} error={errors.fields.medicalId ?? local.medicalId} htmlFor="a-medical">
        <select id="a-medical" value={medicalId} onChange={(e) => setMedicalId(e.target.value)}>
          <option value="">{t('choose')}</option>
          {medical.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('facility')} error={errors.fields.facilityId ?? local.facilityId} htmlFor="a-facility">
        <select id="a-facility" value={facilityId} onChange={(e) => setFacilityId(e.target.value)}>
          <option value="">{t('choose')}</option>
          {care.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('services')} error={errors.fields.services}>
        <div className="cc-row">
          {SERVICES.map((s) => (
            <label key={s} style={{ fontSize: 12 }}>
              <input
                type="checkbox"
                checked={services.includes(s)}
                onChange={(e) => setServices(e.target.checked ? [...services, s] : services.filter((x) => x !== s))}
              />
              {label(s, lang)}
            </label>
          ))}
        </div>
      </FormField>
      <div className="cc-row">
        <FormField label={t('signedOn')} error={errors.fields.signedOn}>
          <input type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
        </FormField>
        <FormField label={t('startsOn')} error={errors.fields.startsOn}>
          <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </FormField>
        <FormField label={t('endsOn')} error={errors.fields.endsOn}>
          <input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </FormField>
      </div>
      <div className="cc-row">
        <button type="submit" className="cc-primary" disabled={created.loading} data-testid="agreement-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
