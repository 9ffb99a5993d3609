import { useQuery } from '@apollo/client/react';
import { ErrorPanel, KindSwatch, StatusBadge, label, useFormat, useLang, useT } from '@carecircle/ui';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { AgreementStatus } from '../gql/graphql.js';
import { messages } from '../messages.js';

export const FacilityCardFragment = graphql(`
  fragment FacilityCard_Facility on Facility {
    id
    name
    kind
    status
    address
    openingHours
    phone
    services
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
    division {
      id
      name
    }
  }
`);

const FacilityCardQuery = graphql(`
  query FacilityCard($id: ID!) {
    facility(id: $id) {
      ...FacilityCard_Facility
    }
    agreements(filter: { facilityId: $id }, first: 50) {
      nodes {
        id
        status
        endsOn
        medical {
          id
          name
        }
      }
    }
  }
`);

function Card({
  facility,
  agreements,
}: {
  facility: FragmentType<typeof FacilityCardFragment>;
  agreements: { id: string; status: AgreementStatus; endsOn: string; medical: { name: string } }[];
}) {
  const f = getFragmentData(FacilityCardFragment, facility);
  const t = useT(messages);
  const lang = useLang();
  const { n } = useFormat();
  return (
    <div data-testid="facility-card">
      <h3>
        <KindSwatch kind={f.kind} /> {f.name}
      </h3>
      <p className="cc-muted">
        {label(f.kind, lang)} · {f.division?.name ?? '—'} · <StatusBadge status={f.status} />
      </p>
      <dl className="cc-figures">
        <dt>{t('address')}</dt>
        <dd>{f.address ?? '—'}</dd>
        <dt>{t('hours')}</dt>
        <dd>{f.openingHours ?? '—'}</dd>
        <dt>{t('operator')}</dt>
        <dd>
          {f.operator.name ?? '—'} {f.operator.type ? `(${label(f.operator.type, lang)})` : ''}
        </dd>
        <dt>{t('phone')}</dt>
        <dd>{f.phone ?? '—'}</dd>
        <dt>{t('beds')}</dt>
        <dd>
          {n(f.capacity.beds)} ({t('occupancy')}{' '}
          {f.capacity.beds ? Math.round((100 * f.capacity.occupiedBeds) / f.capacity.beds) + '%' : '—'})
        </dd>
        <dt>{t('dayCare')}</dt>
        <dd>{n(f.capacity.dayCarePlaces)}</dd>
        <dt>{t('mealSeats')}</dt>
        <dd>{n(f.capacity.mealSeats)}</dd>
      </dl>
      <p>
        <strong>{t('services')}:</strong> {f.services.length ? f.services.map((s) => label(s, lang)).join(t('listSeparator')) : '—'}
      </p>
      <p>
        <strong>{t('agreements')}:</strong> {agreements.length === 0 && t('noAgreements')}
      </p>
      <ul>
        {agreements.map((a) => (
          <li key={a.id}>
            {a.medical.name} <StatusBadge status={a.status} /> → {a.endsOn}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The card of a facility clicked on the map: services, capacity, operator, agreements. */
export function FacilityCard({ id }: { id: string }) {
  const t = useT(messages);
  const { data, error, loading } = useQuery(FacilityCardQuery, { variables: { id } });
  if (error) return <ErrorPanel error={error} />;
  if (!data?.facility) return <p className="cc-muted">{loading ? t('loading') : ''}</p>;
  return <Card facility={data.facility} agreements={data.agreements.nodes} />;
}
