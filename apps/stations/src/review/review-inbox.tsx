import { useMutation, useQuery } from '@apollo/client/react';
import { DataTable, ErrorPanel, formErrors, label, useLang, useT } from '@carecircle/ui';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import { messages, type MessageKey } from '../messages.js';
import { FieldDiffTable } from './field-diff.js';

export const ReviewInboxQuery = graphql(`
  query ReviewInbox {
    reviewInboxCount
    reviewInbox(first: 100) {
      totalCount
      nodes {
        id
        type
        submittedAt
        submittedBy
        submitterName
        division {
          id
          name
          parent {
            id
          }
        }
        facility {
          id
          version
          name
          kind
          status
          location
        }
        change {
          id
          version
          comment
        }
        diff {
          field
          before
          after
        }
      }
    }
  }
`);

const EffectQuery = graphql(`
  query ReviewItemEffect($id: ID!) {
    reviewItem(id: $id) {
      id
      coverageEffect {
        groups {
          group
          coveredBefore
          coveredAfter
          newlyCovered
          noLongerCovered
        }
        completeCirclesBefore
        completeCirclesAfter
        changedAreas
      }
    }
  }
`);

const ApproveNew = graphql(`
  mutation InboxApproveFacility($id: ID!, $version: Int!) {
    approveFacility(id: $id, version: $version) {
      id
      status
    }
  }
`);
const RejectNew = graphql(`
  mutation InboxRejectFacility($id: ID!, $version: Int!, $reason: String!) {
    rejectFacility(id: $id, version: $version, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);
const ApproveChange = graphql(`
  mutation InboxApproveChange($id: ID!, $version: Int!) {
    approveFacilityChange(id: $id, version: $version) {
      id
      status
    }
  }
`);
const RejectChange = graphql(`
  mutation InboxRejectChange($id: ID!, $version: Int!, $reason: String!) {
    rejectFacilityChange(id: $id, version: $version, reason: $reason) {
      id
      status
      reason
    }
  }
`);

/** Coverage groups that are not a facility kind (those are named by the kind's label). */
const GROUP_KEYS: Partial<Record<string, MessageKey>> = {
  STATION_OR_CENTER: 'groupStationOrCenter',
  MEDICAL: 'groupMedical',
  COMPLETE_CIRCLE: 'groupComplete',
};

const REFETCH = ['ReviewInbox', 'StationsOfDivision'];

/**
 * Civil affairs' review inbox (待审批): every submitted station and every pending change of an
 * approved one in the district, with submitter, date, division, the diff against the last approved
 * values and the effect on coverage of approving it; approve, or reject with the reason in place.
 */
export function ReviewInbox({ onOpen }: { onOpen: (facilityId: string, divisionId: string | null) => void }) {
  const t = useT(messages);
  const lang = useLang();
  const inbox = useQuery(ReviewInboxQuery, { fetchPolicy: 'cache-and-network' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const nodes = inbox.data?.reviewInbox.nodes ?? [];
  const item = nodes.find((n) => n.id === selectedId) ?? null;
  const effect = useQuery(EffectQuery, { variables: { id: item?.id ?? '' }, skip: !item });
  const [approveNew, a1] = useMutation(ApproveNew, { refetchQueries: REFETCH });
  const [rejectNew, r1] = useMutation(RejectNew, { refetchQueries: REFETCH });
  const [approveChange, a2] = useMutation(ApproveChange, { refetchQueries: REFETCH });
  const [rejectChange, r2] = useMutation(RejectChange, { refetchQueries: REFETCH });
  const error = formErrors(a1.error ?? r1.error ?? a2.error ?? r2.error);
  const busy = a1.loading || r1.loading || a2.loading || r2.loading;

  async function decide(approve: boolean) {
    if (!item) return;
    const name = item.facility.name;
    try {
      if (item.change) {
        const v = { id: item.change.id, version: item.change.version };
        if (approve) await approveChange({ variables: v });
        else await rejectChange({ variables: { ...v, reason } });
      } else {
        const v = { id: item.facility.id, version: item.facility.version };
        if (approve) await approveNew({ variables: v });
        else await rejectNew({ variables: { ...v, reason } });
      }
      setDone(t(approve ? 'reviewApproved' : 'reviewRejected', { name }));
      setSelectedId(null);
      setReason('');
    } catch {
      // Shown below from the mutation's error.
    }
  }

  const fx = effect.data?.reviewItem?.coverageEffect;
  return (
    <section className="cc-panel" data-testid="review-inbox">
      <h3>
        {t('inboxTitle')}{' '}
        <span className="cc-badge cc-badge-waiting" data-testid="inbox-count">
          {inbox.data?.reviewInboxCount ?? '…'}
        </span>
      </h3>
      {inbox.error && <ErrorPanel error={inbox.error} />}
      {done && (
        <div className="cc-notice" data-testid="review-done">
          {done}
        </div>
      )}
      {inbox.data && !nodes.length && <p className="cc-muted">{t('inboxEmpty')}</p>}
      {inbox.data && inbox.data.reviewInbox.totalCount > nodes.length && (
        <p className="cc-muted">{t('shown', { shown: nodes.length, n: inbox.data.reviewInbox.totalCount })}</p>
      )}
      <div style={{ maxHeight: 260, overflow: 'auto' }}>
        <DataTable
          testId="inbox-table"
          rows={nodes}
          rowKey={(r) => r.id}
          selectedKey={selectedId}
          onSelect={(r) => {
            setSelectedId(r.id);
            setDone(null);
            setReason('');
            onOpen(r.facility.id, r.division?.parent?.id ?? r.division?.id ?? null);
          }}
          columns={[
            {
              key: 'name',
              header: t('inboxItem'),
              // What and where on two lines, who and when on two: the table fits its panel in either language.
              cell: (r) => (
                <>
                  <span className={r.type === 'NEW' ? 'cc-badge cc-badge-waiting' : 'cc-badge cc-badge-pending'}>
                    {t(r.type === 'NEW' ? 'inboxNew' : 'inboxChange')}
                  </span>{' '}
                  {r.facility.name}
                  <div className="cc-muted cc-subline" data-testid="inbox-division">
                    {label(r.facility.kind, lang)} · {r.division?.name ?? '—'}
                  </div>
                </>
              ),
              sortValue: (r) => r.facility.name,
            },
            {
              key: 'at',
              header: t('inboxSubmitted'),
              cell: (r) => (
                <>
                  <span data-testid="inbox-by" title={r.submittedBy ?? undefined}>
                    {r.submitterName ?? r.submittedBy ?? '—'}
                  </span>
                  <div className="cc-muted cc-subline" style={{ whiteSpace: 'nowrap' }}>
                    {String(r.submittedAt).slice(0, 16).replace('T', ' ')}
                  </div>
                </>
              ),
              sortValue: (r) => String(r.submittedAt),
            },
          ]}
        />
      </div>
      {item && (
        <div data-testid="review-detail" style={{ marginTop: 8 }}>
          <h4>
            {item.facility.name} · {label(item.facility.kind, lang)} · {t(item.type === 'NEW' ? 'inboxNew' : 'inboxChange')}
          </h4>
          {item.change?.comment && (
            <p data-testid="review-comment">
              {t('changeComment')}: {item.change.comment}
            </p>
          )}
          <FieldDiffTable
            diff={item.diff}
            testId="review-diff"
            divisionNames={item.division ? { [item.division.id]: item.division.name } : {}}
          />
          <h4>{t('effectTitle')}</h4>
          {effect.loading && <p className="cc-muted">{t('effectLoading')}</p>}
          {effect.error && <ErrorPanel error={effect.error} />}
          {effect.data && !fx && <p className="cc-muted">{t('effectNone')}</p>}
          {fx && (
            <table className="cc-table" data-testid="review-effect">
              <thead>
                <tr>
                  <th>{t('effectGroup')}</th>
                  <th>{t('effectBefore')}</th>
                  <th>{t('effectAfter')}</th>
                  <th>{t('effectGain')}</th>
                  <th>{t('effectLoss')}</th>
                </tr>
              </thead>
              <tbody>
                {fx.groups.map((g) => (
                  <tr key={g.group}>
                    <td>{GROUP_KEYS[g.group] ? t(GROUP_KEYS[g.group]!) : label(g.group, lang)}</td>
                    <td>{g.coveredBefore.toLocaleString()}</td>
                    <td>{g.coveredAfter.toLocaleString()}</td>
                    <td style={{ color: g.newlyCovered ? '#2b8a3e' : undefined }}>+{g.newlyCovered.toLocaleString()}</td>
                    <td style={{ color: g.noLongerCovered ? '#c92a2a' : undefined }}>−{g.noLongerCovered.toLocaleString()}</td>
                  </tr>
                ))}
                <tr>
                  <td>{t('effectCircles')}</td>
                  <td>{fx.completeCirclesBefore}</td>
                  <td>{fx.completeCirclesAfter}</td>
                  <td colSpan={2} />
                </tr>
              </tbody>
            </table>
          )}
          {error.message && (
            <div className="cc-error-panel" role="alert">
              {error.message}
            </div>
          )}
          <div className="cc-row" style={{ marginTop: 8, alignItems: 'flex-start' }}>
            <button type="button" className="cc-primary" disabled={busy} onClick={() => void decide(true)} data-testid="review-approve">
              {t('approve')}
            </button>
            <label style={{ flex: 1 }}>
              <input
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={t('rejectReason')}
                aria-label={t('rejectReason')}
                data-testid="review-reason"
                style={{ width: '100%' }}
              />
              {error.fields.reason && <span className="cc-field-error">{error.fields.reason}</span>}
            </label>
            <button type="button" disabled={busy} onClick={() => void decide(false)} data-testid="review-reject">
              {t('reject')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
