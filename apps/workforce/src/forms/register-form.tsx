import { useMutation, useQuery } from '@apollo/client/react';
import { formErrors, useLang, useT } from '@carecircle/ui';
import { useState, type ReactNode } from 'react';
import { graphql } from '../gql/index.js';
import type { RegisterWorkerInput } from '../gql/graphql.js';
import { messages } from '../messages.js';
import { EmployerChoicesQuery, certificateKindOptions, levelOptions, postOptions, starOptions, todayInChina } from './choices.js';
import { FieldInputs, FormMessage, typed, type FieldSpec, type Values } from './record-form.js';
import { RefusalBanner } from './refusal-banner.js';

const RegisterWorker = graphql(`
  mutation RegisterWorker($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
      name
    }
  }
`);

/** Registers a worker, optionally with a certificate, a health check and the first employment (持证上岗 checked by the server). */
export function RegisterForm({ onDone, onCancel }: { onDone: (id: string, name: string) => void; onCancel: () => void }) {
  const t = useT(messages);
  const lang = useLang();
  const employers = useQuery(EmployerChoicesQuery);
  const [basic, setBasic] = useState<Values>({});
  const [health, setHealth] = useState<Values>({});
  const [cert, setCert] = useState<Values>({});
  const [job, setJob] = useState<Values>({ startsOn: todayInChina() });
  const [employ, setEmploy] = useState(true);
  const [register, result] = useMutation(RegisterWorker, { refetchQueries: ['WorkerRegister', 'WorkforceAlerts'] });
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const server = formErrors(error);
  const errors = { ...server, fields: { ...missing, ...server.fields } };
  const employerOptions = (employers.data?.employers ?? []).map((e) => ({ value: e.id, label: e.name }));
  const hospitals = (employers.data?.employers ?? [])
    .filter((e) => e.kind === 'MEDICAL_INSTITUTION')
    .map((e) => ({ value: e.id, label: e.name }));

  const basicFields: FieldSpec[] = [
    { name: 'name', label: t('name'), type: 'text', required: true },
    { name: 'idNumber', label: t('idNumber'), type: 'text', required: true },
    { name: 'phone', label: t('phone'), type: 'text' },
    { name: 'skillLevel', label: t('skillLevel'), type: 'select', options: levelOptions(lang) },
    { name: 'stars', label: t('stars'), type: 'select', options: starOptions() },
    { name: 'socialInsurance', label: t('socialInsurance'), type: 'checkbox' },
    { name: 'accidentInsurance', label: t('accidentInsurance'), type: 'checkbox' },
  ];
  const healthFields: FieldSpec[] = [{ name: 'on', label: t('healthCheckOn'), type: 'date' }];
  const certFields: FieldSpec[] = [
    { name: 'kind', label: t('kind'), type: 'select', options: certificateKindOptions(lang) },
    { name: 'number', label: t('number'), type: 'text' },
    { name: 'level', label: t('level'), type: 'select', options: levelOptions(lang) },
    { name: 'issuer', label: t('issuer'), type: 'text' },
    { name: 'issuedOn', label: t('issuedOn'), type: 'date' },
    { name: 'validUntil', label: t('healthValidUntil'), type: 'date' },
  ];
  const jobFields: FieldSpec[] = [
    { name: 'employerId', label: t('employer'), type: 'select', options: employerOptions, required: true },
    { name: 'post', label: t('post'), type: 'select', options: postOptions(lang), required: true },
    { name: 'startsOn', label: t('startsOn'), type: 'date', required: true },
    ...(hospitals.length ? [{ name: 'placedAtId', label: t('placedAt'), type: 'select' as const, options: hospitals }] : []),
  ];

  async function save() {
    // Choices the API's types require are checked here; everything else is the server's to judge.
    const absent: Record<string, string> = {};
    if (employ) for (const k of ['employerId', 'post', 'startsOn']) if (!job[k]) absent[`employment.${k}`] = t('required');
    if ((cert.number || cert.issuer || cert.issuedOn) && !cert.kind) absent['certificates.0.kind'] = t('required');
    setMissing(absent);
    if (Object.keys(absent).length) return;
    const b = typed(basicFields, basic);
    const input = {
      ...b,
      name: (b.name as string | null) ?? '',
      idNumber: (b.idNumber as string | null) ?? '',
      stars: b.stars == null ? null : Number(b.stars),
      healthCheck: health.on ? { on: String(health.on) } : null,
      certificates: cert.kind
        ? [{ ...typed(certFields, cert), number: cert.number ?? '', issuer: cert.issuer ?? '', issuedOn: cert.issuedOn ?? '' }]
        : null,
      employment: employ ? typed(jobFields, job) : null,
    } as RegisterWorkerInput;
    try {
      const r = await register({ variables: { input } });
      setError(null);
      if (r.data) onDone(r.data.registerWorker.id, r.data.registerWorker.name);
    } catch (e) {
      setError(e);
    }
  }
  const group = (title: string, children: ReactNode, testId: string) => (
    <fieldset className="cc-wf-group" data-testid={testId}>
      <legend>{title}</legend>
      <div className="cc-wf-grid">{children}</div>
    </fieldset>
  );
  return (
    <form
      className="cc-panel cc-wf-form"
      data-testid="register-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('registerTitle')}</h3>
      <RefusalBanner errors={errors} fields={['employment.post', 'healthCheck']} />
      <FormMessage errors={errors} failed={!!error} except={['employment.post', 'healthCheck']} />
      {group(
        t('basicInfo'),
        <FieldInputs
          fields={basicFields}
          values={basic}
          onChange={(k, v) => setBasic({ ...basic, [k]: v })}
          errors={errors}
          prefix=""
          idPrefix="rw"
        />,
        'register-basic',
      )}
      {group(
        t('healthCheck'),
        <>
          <FieldInputs
            fields={healthFields}
            values={health}
            onChange={(k, v) => setHealth({ ...health, [k]: v })}
            errors={errors}
            prefix="healthCheck."
            idPrefix="rw-health"
          />
          {errors.fields.healthCheck && (
            <span className="cc-field-error" role="alert">
              {errors.fields.healthCheck}
            </span>
          )}
        </>,
        'register-health',
      )}
      {group(
        t('firstCertificate'),
        <FieldInputs
          fields={certFields}
          values={cert}
          onChange={(k, v) => setCert({ ...cert, [k]: v })}
          errors={errors}
          prefix="certificates.0."
          idPrefix="rw-cert"
        />,
        'register-certificate',
      )}
      <label>
        <input type="checkbox" checked={employ} onChange={(e) => setEmploy(e.target.checked)} data-testid="register-employ" />{' '}
        {t('withEmployment')}
      </label>
      {employ &&
        group(
          t('firstEmployment'),
          <FieldInputs
            fields={jobFields}
            values={job}
            onChange={(k, v) => setJob({ ...job, [k]: v })}
            errors={errors}
            prefix="employment."
            idPrefix="rw-job"
          />,
          'register-employment',
        )}
      <div className="cc-row">
        <button type="submit" className="cc-primary" disabled={result.loading} data-testid="register-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
