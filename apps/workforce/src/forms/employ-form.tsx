import { useMutation, useQuery } from '@apollo/client/react';
import { formErrors, useLang, useT } from '@carecircle/ui';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import type { EmployWorkerInput } from '../gql/graphql.js';
import { messages } from '../messages.js';
import { EmployerChoicesQuery, postOptions, todayInChina } from './choices.js';
import { FieldInputs, FormMessage, typed, type FieldSpec, type Values } from './record-form.js';
import { RefusalBanner } from './refusal-banner.js';

const EmployWorker = graphql(`
  mutation EmployWorker($input: EmployWorkerInput!) {
    employWorker(input: $input) {
      id
      version
      ...WorkerProfile_Worker
    }
  }
`);

/** Employs a worker in a post; the server checks 持证上岗, the health check, overlaps and the dishonesty list. */
export function EmployForm({
  workerId,
  version,
  onDone,
  onCancel,
}: {
  workerId: string;
  version: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const employers = useQuery(EmployerChoicesQuery);
  const [values, setValues] = useState<Values>({ startsOn: todayInChina(), fullTime: true });
  const [employ, result] = useMutation(EmployWorker, { refetchQueries: ['WorkerRegister', 'WorkforceAlerts'] });
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const server = formErrors(error);
  const errors = { ...server, fields: { ...missing, ...server.fields } };
  const all = employers.data?.employers ?? [];
  const hospitals = all.filter((e) => e.kind === 'MEDICAL_INSTITUTION');
  const fields: FieldSpec[] = [
    { name: 'employerId', label: t('employer'), type: 'select', options: all.map((e) => ({ value: e.id, label: e.name })), required: true },
    { name: 'post', label: t('post'), type: 'select', options: postOptions(lang), required: true },
    { name: 'startsOn', label: t('startsOn'), type: 'date', required: true },
    { name: 'endsOn', label: t('endsOn'), type: 'date' },
    { name: 'fullTime', label: t('fullTime'), type: 'checkbox' },
    { name: 'concurrentReason', label: t('concurrentReason'), type: 'text' },
    ...(hospitals.length
      ? [
          {
            name: 'placedAtId',
            label: t('placedAt'),
            type: 'select' as const,
            options: hospitals.map((e) => ({ value: e.id, label: e.name })),
          },
        ]
      : []),
    { name: 'endCurrent', label: t('endCurrent'), type: 'checkbox' },
  ];
  async function save() {
    const v = typed(fields, values);
    const absent = Object.fromEntries(['employerId', 'post', 'startsOn'].filter((k) => !values[k]).map((k) => [k, t('required')]));
    setMissing(absent);
    if (Object.keys(absent).length) return;
    const input = { ...v, workerId, version } as EmployWorkerInput;
    try {
      await employ({ variables: { input } });
      setError(null);
      onDone();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <form
      className="cc-panel cc-wf-form"
      data-testid="employ-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h4>{t('employ')}</h4>
      <RefusalBanner errors={errors} fields={['post', 'healthCheck']} />
      <FormMessage errors={errors} failed={!!error} except={['post', 'healthCheck']} />
      <div className="cc-wf-grid">
        <FieldInputs
          fields={fields}
          values={values}
          onChange={(k, v) => setValues({ ...values, [k]: v })}
          errors={errors}
          prefix=""
          idPrefix="employ"
        />
      </div>
      {errors.fields.workerId && (
        <div className="cc-error-panel" role="alert">
          {errors.fields.workerId}
        </div>
      )}
      <div className="cc-row">
        <button type="submit" className="cc-primary" disabled={result.loading} data-testid="employ-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
