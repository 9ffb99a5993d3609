import { useMutation } from '@apollo/client/react';
import { DataTable, FormField, StatusBadge, formErrors, label, useLang, useT } from '@carecircle/ui';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { AgreementRow_CareAgreementFragment } from '../gql/graphql.js';
import { messages } from '../messages.js';

export const AgreementRowFragment = graphql(`
  fragment AgreementRow_CareAgreement on CareAgreement {
    id
    code
    status
    startsOn
    endsOn
    services
    straightLineMeters
    walkingMeters
    terminationReason
    version
    medical {
      id
      name
    }
    facility {
      id
      name
    }
    viewerCanModify
  }
`);

const RenewAgreement = graphql(`
  mutation RenewAgreement($input: RenewAgreementInput!) {
    renewAgreement(input: $input) {
      id
      status
      ...AgreementRow_CareAgreement
    }
  }
`);

const TerminateAgreement = graphql(`
  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {
    terminateAgreement(id: $id, version: $version, reason: $reason) {
      id
      status
      ...AgreementRow_CareAgreement
    }
  }
`);

const REFRESH = ['AgreementsOverview', 'SigningCoverage'];

/** Renews or terminates one agreement, inline; offered where the agreement's `viewerCanModify` allows it. */
function AgreementActions({
  a,
  alreadyRenewed,
  onDone,
}: {
  a: AgreementRow_CareAgreementFragment;
  alreadyRenewed: boolean;
  onDone: (message: string) => void;
}) {
  const t = useT(messages);
  const [open, setOpen] = useState<'renew' | 'terminate' | null>(null);
  // Termination is asked once more before it is sent.
  const [confirming, setConfirming] = useState(false);
  const [value, setValue] = useState('');
  // The row updates from the mutation's answer and the toast follows at once; the register and coverage reload behind it.
  const [renew, renewed] = useMutation(RenewAgreement, { refetchQueries: REFRESH });
  const [terminate, terminated] = useMutation(TerminateAgreement, { refetchQueries: REFRESH });
  const errors = formErrors(open === 'renew' ? renewed.error : terminated.error);
  if (!a.viewerCanModify) return null;
  if (!open)
    return (
      <span className="cc-row" onClick={(e) => e.stopPropagation()}>
        {!alreadyRenewed && a.status !== 'TERMINATED' && (
          <button
            type="button"
            onClick={() => {
              setOpen('renew');
              setValue('');
            }}
            data-testid={`renew-${a.id}`}
          >
            {t('renew')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            setOpen('terminate');
            setValue('');
          }}
          data-testid={`terminate-${a.id}`}
        >
          {t('terminate')}
        </button>
      </span>
    );
  const submit = async () => {
    if (open === 'terminate' && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    try {
      if (open === 'renew') await renew({ variables: { input: { id: a.id, version: a.version, endsOn: value } } });
      else await terminate({ variables: { id: a.id, version: a.version, reason: value } });
      onDone(t(open === 'renew' ? 'renewed' : 'terminated'));
      setOpen(null);
    } catch {
      // Shown beside the field.
    }
  };
  return (
    <form
      onClick={(e) => e.stopPropagation()}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormField
        label={open === 'renew' ? t('newEnd') : t('reason')}
        error={errors.fields[open === 'renew' ? 'endsOn' : 'reason'] ?? errors.message ?? undefined}
      >
        <input
          type={open === 'renew' ? 'date' : 'text'}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          data-testid="action-value"
        />
      </FormField>
      {confirming && (
        <p className="cc-field-error" data-testid="terminate-confirm">
          {t('confirmTerminate')}
        </p>
      )}
      <span className="cc-row">
        <button type="submit" className="cc-primary" data-testid="action-save">
          {confirming ? t('confirm') : t('save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(null);
            setConfirming(false);
          }}
        >
          {t('cancel')}
        </button>
      </span>
    </form>
  );
}

/** Agreements with their status, parties, dates and actions. */
export function AgreementTable({
  rows,
  selectedId,
  onSelect,
  onDone,
  emergencyMeters,
  renewedUntil,
}: {
  rows: FragmentType<typeof AgreementRowFragment>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDone: (message: string) => void;
  /** Parties further apart than this (walking, else straight line) are flagged; null flags nothing. */
  emergencyMeters: number | null;
  /** The end of the renewal of each renewed agreement. */
  renewedUntil: ReadonlyMap<string, string>;
}) {
  const t = useT(messages);
  const lang = useLang();
  const data = rows.map((r) => getFragmentData(AgreementRowFragment, r));
  // A row picked elsewhere (the to-do list, the map) is brought into view.
  useEffect(() => {
    if (selectedId)
      document.querySelector(`[data-testid=agreement-table] tr[data-row-key="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  const km = (m: number) => (m / 1000).toFixed(1);
  return (
    <DataTable
      testId="agreement-table"
      rows={data}
      rowKey={(r) => r.id}
      selectedKey={selectedId}
      onSelect={(r) => onSelect(r.id)}
      columns={[
        {
          key: 'parties',
          header: `${t('medical')} / ${t('facility')}`,
          cell: (r) => (
            <>
              {r.medical.name}
              <br />
              {r.facility.name}
            </>
          ),
          sortValue: (r) => r.medical.name,
        },
        { key: 'services', header: t('services'), cell: (r) => r.services.map((s) => label(s, lang)).join(t('listSeparator')) },
        {
          key: 'dates',
          header: `${t('startsOn')} – ${t('endsOn')}`,
          cell: (r) => `${r.startsOn} – ${r.endsOn}`,
          sortValue: (r) => r.endsOn,
          nowrap: true,
        },
        {
          key: 'status',
          header: t('status'),
          cell: (r) => (
            <>
              <StatusBadge status={r.status} />
              {r.status === 'TERMINATED' && r.terminationReason && (
                <div className="cc-muted" style={{ fontSize: 12 }} data-testid={`reason-${r.id}`}>
                  {t('terminatedReason', { reason: r.terminationReason })}
                </div>
              )}
              {renewedUntil.has(r.id) && (
                <div className="cc-muted" style={{ fontSize: 12 }} data-testid={`renewed-${r.id}`}>
                  {t('renewedUntil', { date: renewedUntil.get(r.id)! })}
                </div>
              )}
            </>
          ),
          sortValue: (r) => label(r.status, lang),
        },
        {
          key: 'distance',
          header: t('distance'),
          align: 'right',
          sortValue: (r) => r.walkingMeters ?? r.straightLineMeters,
          cell: (r) => {
            const d = r.walkingMeters ?? r.straightLineMeters;
            const beyond = emergencyMeters != null && d != null && d > emergencyMeters;
            return (
              <span data-testid={`distance-${r.id}`}>
                {r.walkingMeters != null && <div>{t('walking', { km: km(r.walkingMeters) })}</div>}
                {r.straightLineMeters != null && <div className="cc-muted">{t('straight', { km: km(r.straightLineMeters) })}</div>}
                {d == null && '—'}
                {beyond && (
                  <div className="cc-flag" data-testid={`beyond-${r.id}`}>
                    ⚠ {t('beyondEmergency')}
                  </div>
                )}
              </span>
            );
          },
        },
        // No actions column for a reader who may change none of the rows.
        ...(data.some((r) => r.viewerCanModify)
          ? [
              {
                key: 'actions',
                header: t('actions'),
                cell: (r: AgreementRow_CareAgreementFragment) => (
                  <AgreementActions a={r} alreadyRenewed={renewedUntil.has(r.id)} onDone={onDone} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
