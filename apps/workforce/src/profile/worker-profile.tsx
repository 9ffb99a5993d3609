import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  CERTIFICATE_KIND_LABELS,
  EMPLOYER_KIND_LABELS,
  ErrorPanel,
  EVALUATION_KIND_LABELS,
  formErrors,
  GENDER_LABELS,
  SKILL_LEVEL_LABELS,
  TALENT_LIBRARY_LABELS,
  TRAINING_KIND_LABELS,
  valuesOf,
  WORKER_POST_LABELS,
  useLang,
  useT,
} from '@carecircle/ui';
import { useState, type ReactNode } from 'react';
import { EmployForm } from '../forms/employ-form.js';
import {
  certificateKindOptions,
  daysUntil,
  evaluationKindOptions,
  levelOptions,
  todayInChina,
  trainingKindOptions,
} from '../forms/choices.js';
import { RecordForm, type FieldSpec } from '../forms/record-form.js';
import { getFragmentData, graphql } from '../gql/index.js';
import { messages } from '../messages.js';
import { CertificateBadge } from '../register/certificate-badge.js';

export const WorkerProfileFragment = graphql(`
  fragment WorkerProfile_Worker on Worker {
    id
    version
    name
    gender
    birthDate
    idNumberMasked
    viewerCanReadIdNumber
    viewerCanModify
    phone
    post
    skillLevel
    stars
    libraries
    certified
    certificateState
    yearsInService
    onDishonestyList
    healthCheckOn
    healthCheckValidUntil
    socialInsurance
    accidentInsurance
    employer {
      id
      name
      kind
    }
    placedAt {
      id
      name
    }
    employments {
      id
      post
      startsOn
      endsOn
      fullTime
      concurrentReason
      employer {
        id
        name
      }
      placedAt {
        id
        name
      }
    }
    certificates {
      id
      kind
      number
      level
      issuer
      issuedOn
      validUntil
    }
    trainings {
      id
      course
      kind
      hours
      provider
      heldOn
    }
    evaluations {
      id
      kind
      score
      byWhom
      heldOn
      note
    }
    complaints {
      id
      what
      outcome
      penalty
      receivedOn
    }
  }
`);

const ProfileQuery = graphql(`
  query WorkerProfile($id: ID!) {
    worker(id: $id) {
      id
      ...WorkerProfile_Worker
    }
  }
`);

// Asked only on the clerk's click: the server audits every unmasked read.
const IdNumberQuery = graphql(`
  query WorkerIdNumber($id: ID!) {
    worker(id: $id) {
      id
      idNumber
    }
  }
`);

const AddCertificate = graphql(`
  mutation AddWorkerCertificate($workerId: ID!, $version: Int!, $input: CertificateInput!) {
    addWorkerCertificate(workerId: $workerId, version: $version, input: $input) {
      id
      ...WorkerProfile_Worker
    }
  }
`);
const UpdateLibraries = graphql(`
  mutation UpdateWorkerLibraries($input: UpdateWorkerInput!) {
    updateWorker(input: $input) {
      id
      ...WorkerProfile_Worker
    }
  }
`);
const AddTraining = graphql(`
  mutation AddWorkerTraining($workerId: ID!, $version: Int!, $input: TrainingInput!) {
    addWorkerTraining(workerId: $workerId, version: $version, input: $input) {
      id
      ...WorkerProfile_Worker
    }
  }
`);
const AddEvaluation = graphql(`
  mutation AddWorkerEvaluation($workerId: ID!, $version: Int!, $input: EvaluationInput!) {
    addWorkerEvaluation(workerId: $workerId, version: $version, input: $input) {
      id
      ...WorkerProfile_Worker
    }
  }
`);
const AddComplaint = graphql(`
  mutation AddWorkerComplaint($workerId: ID!, $version: Int!, $input: ComplaintInput!) {
    addWorkerComplaint(workerId: $workerId, version: $version, input: $input) {
      id
      ...WorkerProfile_Worker
    }
  }
`);

type Editing = 'employ' | 'certificate' | 'training' | 'evaluation' | 'complaint' | 'libraries' | null;

function Section({ title, children, action, testId }: { title: string; children: ReactNode; action?: ReactNode; testId: string }) {
  return (
    <section className="cc-panel cc-wf-section" data-testid={testId}>
      <div className="cc-row">
        <h3 style={{ margin: 0 }}>{title}</h3>
        <span style={{ flex: 1 }} />
        {action}
      </div>
      {children}
    </section>
  );
}

/** A plain table of a worker's records, or "no records". */
function Records({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  const t = useT(messages);
  if (!rows.length) return <p className="cc-muted">{t('none')}</p>;
  return (
    <table className="cc-table">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A date's state against today: valid, n days left (within 90), expired. */
function Expiry({ until }: { until: string | null | undefined }) {
  const t = useT(messages);
  if (!until) return <span className="cc-badge cc-badge-ok">{t('noExpiry')}</span>;
  const days = daysUntil(until);
  if (days < 0) return <span className="cc-badge cc-badge-stopped">{t('expired')}</span>;
  if (days <= 90) return <span className="cc-badge cc-badge-waiting">{t('daysLeft', { n: days })}</span>;
  return <span className="cc-badge cc-badge-ok">{t('valid')}</span>;
}

/** One worker's file: basic information, work history, certificates, health check, insurance, trainings, evaluations, complaints, credit. */
export function WorkerProfile({
  id,
  canManage,
  canKeepLibraries,
  onBack,
  onNotice,
}: {
  id: string;
  canManage: boolean;
  /** May put the worker into the talent libraries (`talent:libraries`). */
  canKeepLibraries: boolean;
  onBack: () => void;
  onNotice: (m: string) => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const { data, error, refetch } = useQuery(ProfileQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [reveal, revealed] = useLazyQuery(IdNumberQuery, { fetchPolicy: 'network-only' });
  const [editing, setEditing] = useState<Editing>(null);
  const [addCertificate] = useMutation(AddCertificate, { refetchQueries: ['WorkerRegister', 'WorkforceAlerts'] });
  const [addTraining] = useMutation(AddTraining);
  const [addEvaluation] = useMutation(AddEvaluation);
  const [addComplaint] = useMutation(AddComplaint);
  if (error) return <ErrorPanel error={error} />;
  if (!data) return <p className="cc-muted">{t('loading')}</p>;
  const w = getFragmentData(WorkerProfileFragment, data.worker);
  const may = canManage && w.viewerCanModify;
  const addButton = (what: Exclude<Editing, null>, label: string) =>
    may && editing !== what ? (
      <button type="button" onClick={() => setEditing(what)} data-testid={`add-${what}`}>
        {label}
      </button>
    ) : null;
  const done = async () => {
    setEditing(null);
    onNotice(t('saved'));
  };
  const vars = { workerId: w.id, version: w.version };
  const penalties = w.complaints.filter((c) => c.penalty).length;
  const today = todayInChina();

  const certFields: FieldSpec[] = [
    { name: 'kind', label: t('kind'), type: 'select', options: certificateKindOptions(lang), required: true },
    { name: 'number', label: t('number'), type: 'text', required: true },
    { name: 'level', label: t('level'), type: 'select', options: levelOptions(lang) },
    { name: 'issuer', label: t('issuer'), type: 'text', required: true },
    { name: 'issuedOn', label: t('issuedOn'), type: 'date', required: true },
    { name: 'validUntil', label: t('validUntil'), type: 'date' },
  ];
  const trainingFields: FieldSpec[] = [
    { name: 'course', label: t('course'), type: 'text', required: true },
    { name: 'kind', label: t('kind'), type: 'select', options: trainingKindOptions(lang), required: true },
    { name: 'hours', label: t('hours'), type: 'number', step: 0.5, required: true },
    { name: 'provider', label: t('provider'), type: 'text', required: true },
    { name: 'heldOn', label: t('heldOn'), type: 'date', required: true },
  ];
  const evaluationFields: FieldSpec[] = [
    { name: 'kind', label: t('kind'), type: 'select', options: evaluationKindOptions(lang), required: true },
    { name: 'score', label: t('score'), type: 'number', step: 1, required: true },
    { name: 'byWhom', label: t('byWhom'), type: 'text', required: true },
    { name: 'heldOn', label: t('heldOn'), type: 'date', required: true },
    { name: 'note', label: t('note'), type: 'textarea' },
  ];
  const complaintFields: FieldSpec[] = [
    { name: 'what', label: t('what'), type: 'textarea', required: true },
    { name: 'outcome', label: t('outcome'), type: 'textarea' },
    { name: 'penalty', label: t('penalty'), type: 'checkbox' },
    { name: 'receivedOn', label: t('receivedOn'), type: 'date', required: true },
  ];
  // Enum choices left empty reach the server as '' and come back as its field message, in the user's language.
  const withText = (input: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v == null && keys.includes(k) ? '' : v])) as never;

  return (
    <div className="cc-wf-profile" data-testid="worker-profile">
      <div className="cc-row">
        <button type="button" onClick={onBack} data-testid="profile-back">
          ← {t('back')}
        </button>
        <h2 style={{ margin: 0 }} data-testid="profile-name">
          {w.name}
        </h2>
        <CertificateBadge state={w.certificateState} />
        {w.onDishonestyList && <span className="cc-flag">⚠ {t('dishonest')}</span>}
      </div>
      <Section title={t('basicInfo')} testId="profile-basic" action={addButton('employ', t('employ'))}>
        <dl className="cc-figures cc-wf-facts">
          <dt>{t('gender')}</dt>
          <dd>{GENDER_LABELS[w.gender][lang]}</dd>
          <dt>{t('birthDate')}</dt>
          <dd>{w.birthDate}</dd>
          <dt>{t('idNumber')}</dt>
          <dd>
            <code data-testid="profile-id-number">{revealed.data?.worker.idNumber ?? w.idNumberMasked}</code>{' '}
            {w.viewerCanReadIdNumber && !revealed.data && (
              <button
                type="button"
                className="cc-link"
                title={t('revealNote')}
                onClick={() => void reveal({ variables: { id: w.id } })}
                data-testid="reveal-id"
              >
                {t('revealId')}
              </button>
            )}
          </dd>
          <dt>{t('phone')}</dt>
          <dd>{w.phone ?? t('noValue')}</dd>
          <dt>{t('currentEmployer')}</dt>
          <dd>
            {w.employer ? `${w.employer.name}（${EMPLOYER_KIND_LABELS[w.employer.kind][lang]}）` : t('notEmployed')}
            {w.placedAt && (
              <div className="cc-muted">
                {t('placedAt')}: {w.placedAt.name}
              </div>
            )}
          </dd>
          <dt>{t('post')}</dt>
          <dd>{w.post ? WORKER_POST_LABELS[w.post][lang] : t('noValue')}</dd>
          <dt>{t('certified')}</dt>
          <dd data-testid="profile-certified">
            {w.certified == null ? (
              t('certifiedNotNeeded')
            ) : w.certified ? (
              t('certifiedYes')
            ) : (
              <span className="cc-flag">{t('certifiedNo')}</span>
            )}
          </dd>
          <dt>{t('skillLevel')}</dt>
          <dd>{w.skillLevel ? SKILL_LEVEL_LABELS[w.skillLevel][lang] : t('noValue')}</dd>
          <dt>{t('stars')}</dt>
          <dd>{w.stars ? '★'.repeat(w.stars) : t('noValue')}</dd>
          <dt>{t('years')}</dt>
          <dd>{t('yearsValue', { n: w.yearsInService })}</dd>
          <dt>{t('library')}</dt>
          <dd data-testid="profile-libraries">
            {w.libraries.length ? w.libraries.map((l) => TALENT_LIBRARY_LABELS[l][lang]).join(t('listSeparator')) : t('noValue')}{' '}
            {canKeepLibraries && w.viewerCanModify && editing !== 'libraries' && (
              <button type="button" onClick={() => setEditing('libraries')} data-testid="edit-libraries">
                {t('editLibraries')}
              </button>
            )}
          </dd>
          <dt>{t('credit')}</dt>
          <dd data-testid="profile-credit">
            {w.onDishonestyList ? <span className="cc-flag">{t('dishonest')}</span> : t('creditClean')}
            {penalties > 0 && <span className="cc-flag"> · {t('penalties', { n: penalties })}</span>}
          </dd>
        </dl>
        {editing === 'libraries' && (
          <LibrariesForm
            workerId={w.id}
            version={w.version}
            current={w.libraries}
            onCancel={() => setEditing(null)}
            onDone={() => void done()}
          />
        )}
        {editing === 'employ' && (
          <EmployForm
            workerId={w.id}
            version={w.version}
            onCancel={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              onNotice(t('employed'));
            }}
          />
        )}
      </Section>
      <Section title={t('employments')} testId="profile-employments">
        <Records
          head={[t('employer'), t('post'), t('startsOn'), t('endsOn'), t('fullTime'), t('concurrentReason')]}
          rows={w.employments.map((e) => [
            <>
              {e.employer.name}
              {e.placedAt && (
                <div className="cc-muted">
                  {t('placedAt')}: {e.placedAt.name}
                </div>
              )}
            </>,
            WORKER_POST_LABELS[e.post][lang],
            e.startsOn,
            e.endsOn ?? t('ongoing'),
            e.fullTime ? t('fullTime') : t('partTime'),
            e.concurrentReason ?? '',
          ])}
        />
      </Section>
      <Section title={t('certificates')} testId="profile-certificates" action={addButton('certificate', t('addCertificate'))}>
        {editing === 'certificate' && (
          <RecordForm
            title={t('addCertificate')}
            fields={certFields}
            testId="certificate-form"
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              await addCertificate({ variables: { ...vars, input: withText(input, ['kind', 'number', 'issuer', 'issuedOn']) } });
              await done();
            }}
          />
        )}
        <Records
          head={[t('kind'), t('number'), t('level'), t('issuer'), t('issuedOn'), t('validUntil'), '']}
          rows={w.certificates.map((c) => [
            CERTIFICATE_KIND_LABELS[c.kind][lang],
            <code key="n">{c.number}</code>,
            c.level ? SKILL_LEVEL_LABELS[c.level][lang] : '',
            c.issuer,
            c.issuedOn,
            c.validUntil ?? t('noExpiry'),
            <Expiry key="e" until={c.validUntil} />,
          ])}
        />
      </Section>
      <div className="cc-wf-two">
        <Section title={t('healthCheck')} testId="profile-health">
          {w.healthCheckOn ? (
            <p>
              {t('healthCheckOn')}: {w.healthCheckOn} · {t('healthValidUntil')}: {w.healthCheckValidUntil ?? t('noExpiry')}{' '}
              <Expiry
                until={w.healthCheckValidUntil && w.healthCheckValidUntil >= today ? w.healthCheckValidUntil : w.healthCheckValidUntil}
              />
            </p>
          ) : (
            <p className="cc-flag">{t('noHealthCheck')}</p>
          )}
        </Section>
        <Section title={t('insurance')} testId="profile-insurance">
          <p>
            {t('socialInsurance')}: {w.socialInsurance ? t('covered') : <span className="cc-flag">{t('notCovered')}</span>}
            <br />
            {t('accidentInsurance')}: {w.accidentInsurance ? t('covered') : <span className="cc-flag">{t('notCovered')}</span>}
          </p>
        </Section>
      </div>
      <Section title={t('trainings')} testId="profile-trainings" action={addButton('training', t('addTraining'))}>
        {editing === 'training' && (
          <RecordForm
            title={t('addTraining')}
            fields={trainingFields}
            testId="training-form"
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              await addTraining({
                variables: {
                  ...vars,
                  input: withText({ ...input, hours: input.hours ?? Number.NaN }, ['course', 'kind', 'provider', 'heldOn']),
                },
              });
              await done();
            }}
          />
        )}
        <Records
          head={[t('course'), t('kind'), t('hours'), t('provider'), t('heldOn')]}
          rows={w.trainings.map((x) => [x.course, TRAINING_KIND_LABELS[x.kind][lang], x.hours, x.provider, x.heldOn])}
        />
      </Section>
      <Section title={t('evaluations')} testId="profile-evaluations" action={addButton('evaluation', t('addEvaluation'))}>
        {editing === 'evaluation' && (
          <RecordForm
            title={t('addEvaluation')}
            fields={evaluationFields}
            testId="evaluation-form"
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              await addEvaluation({
                variables: { ...vars, input: withText({ ...input, score: input.score ?? Number.NaN }, ['kind', 'byWhom', 'heldOn']) },
              });
              await done();
            }}
          />
        )}
        <Records
          head={[t('kind'), t('score'), t('byWhom'), t('heldOn'), t('note')]}
          rows={w.evaluations.map((x) => [EVALUATION_KIND_LABELS[x.kind][lang], x.score, x.byWhom, x.heldOn, x.note ?? ''])}
        />
      </Section>
      <Section title={t('complaints')} testId="profile-complaints" action={addButton('complaint', t('addComplaint'))}>
        {editing === 'complaint' && (
          <RecordForm
            title={t('addComplaint')}
            fields={complaintFields}
            testId="complaint-form"
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              await addComplaint({ variables: { ...vars, input: withText(input, ['what', 'receivedOn']) } });
              await done();
            }}
          />
        )}
        <Records
          head={[t('what'), t('outcome'), t('penalty'), t('receivedOn')]}
          rows={w.complaints.map((x) => [
            x.what,
            x.outcome ?? '',
            x.penalty ? <span className="cc-flag">{t('penaltyYes')}</span> : t('penaltyNo'),
            x.receivedOn,
          ])}
        />
      </Section>
      <button type="button" hidden onClick={() => void refetch()} />
    </div>
  );
}

const LIBRARIES = valuesOf(TALENT_LIBRARY_LABELS);

/** Which talent libraries the worker belongs to: one checkbox each, saved together. */
function LibrariesForm({
  workerId,
  version,
  current,
  onCancel,
  onDone,
}: {
  workerId: string;
  version: number;
  current: readonly (typeof LIBRARIES)[number][];
  onCancel: () => void;
  onDone: () => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const [chosen, setChosen] = useState(new Set(current));
  const [save, { loading, error }] = useMutation(UpdateLibraries, { refetchQueries: ['WorkerRegister'] });
  const message = error ? (formErrors(error).message ?? Object.values(formErrors(error).fields)[0]) : null;
  return (
    <form
      className="cc-panel"
      data-testid="libraries-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ variables: { input: { id: workerId, version, libraries: LIBRARIES.filter((l) => chosen.has(l)) } } })
          .then(onDone)
          .catch(() => {});
      }}
    >
      <fieldset>
        <legend>{t('library')}</legend>
        {LIBRARIES.map((l) => (
          <label key={l} className="cc-wf-inline" style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={chosen.has(l)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(l);
                else next.delete(l);
                setChosen(next);
              }}
              data-testid={`library-${l}`}
            />{' '}
            {TALENT_LIBRARY_LABELS[l][lang]}
          </label>
        ))}
      </fieldset>
      {message && (
        <div className="cc-field-error" role="alert">
          {message}
        </div>
      )}
      <p className="cc-row" style={{ display: 'flex', gap: 8 }}>
        <button type="submit" className="cc-primary" disabled={loading} data-testid="libraries-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
