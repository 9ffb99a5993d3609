import { useQuery } from '@apollo/client/react';
import {
  AGREEMENT_STATUS_LABELS,
  ErrorPanel,
  Legend,
  MapView,
  label,
  pointsToFeatures,
  setGeoJson,
  useLang,
  useT,
  valuesOf,
  type FeatureCollection,
  type LegendItem,
  type MicroAppProps,
} from '@carecircle/ui';
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AgreementForm } from './agreements/agreement-form.js';
import { AgreementRowFragment, AgreementTable } from './agreements/agreement-table.js';
import { ExpiryList } from './agreements/expiry-list.js';
import { SigningCoverage } from './coverage/signing-coverage.js';
import { getFragmentData, graphql } from './gql/index.js';
import type { AgreementStatus } from './gql/graphql.js';
import { AGREEMENT_LAYERS, STATUS_COLORS } from './map/agreements-style.js';
import { messages } from './messages.js';

// Three queries, each under the API's query-cost limit; the parties' locations come from the institution lists.
const AgreementsOverviewQuery = graphql(`
  query AgreementsOverview($after: String) {
    agreements(first: 120, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AgreementRow_CareAgreement
      }
    }
  }
`);

const AgreementPartiesQuery = graphql(`
  query AgreementParties {
    medicalInstitutions(first: 500) {
      totalCount
      nodes {
        id
        name
        kind
        location
      }
    }
  }
`);

const CareInstitutionsQuery = graphql(`
  query CareInstitutions {
    facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 500) {
      totalCount
      nodes {
        id
        name
        status
        location
      }
    }
  }
`);

const STATUSES = valuesOf(AGREEMENT_STATUS_LABELS);
const VALID: AgreementStatus[] = ['ACTIVE', 'EXPIRING'];
/** Statuses whose lines the legend explains (drafts and terminated agreements are not drawn as such). */
const LEGEND_STATUSES: AgreementStatus[] = ['ACTIVE', 'EXPIRING', 'EXPIRED', 'PENDING'];
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const EmergencyResponseQuery = graphql(`
  query EmergencyResponse {
    emergencyResponseMeters
  }
`);

/** The health bureau: medical and care institutions, agreement lines, the agreement register and signing coverage. */
export function AgreementsApp({ user }: MicroAppProps) {
  const t = useT(messages);
  // Creating agreements is offered to those who may; renewing and terminating follow each row's viewerCanModify.
  const canManage = user.viewerCan.manageAgreements;
  const lang = useLang();
  const overview = useQuery(AgreementsOverviewQuery, { fetchPolicy: 'cache-and-network' });
  const parties = useQuery(AgreementPartiesQuery);
  // Pages of 120 keep each request under the API's query-cost limit; the rest follow until all are loaded.
  const page = overview.data?.agreements.pageInfo;
  useEffect(() => {
    if (!page?.hasNextPage || overview.loading) return;
    void overview.fetchMore({
      variables: { after: page.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        agreements: { ...fetchMoreResult.agreements, nodes: [...prev.agreements.nodes, ...fetchMoreResult.agreements.nodes] },
      }),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fetch the next page when the cursor moves, not when Apollo hands out a new fetchMore
  }, [page?.hasNextPage, page?.endCursor]);
  const careQuery = useQuery(CareInstitutionsQuery, { fetchPolicy: 'cache-and-network' });
  const error = overview.error ?? parties.error ?? careQuery.error;
  const data = useMemo(
    () => (overview.data && parties.data && careQuery.data ? { ...overview.data, ...parties.data, ...careQuery.data } : undefined),
    [overview.data, parties.data, careQuery.data],
  );
  const [map, setMap] = useState<MlMap | null>(null);
  const [statuses, setStatuses] = useState<AgreementStatus[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState<{ facilityId: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The toast of a renewal or termination fades after a few seconds; the side panel keeps the notice.
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    setToast(notice);
    const timer = setTimeout(() => setToast(null), 5000);
    return () => clearTimeout(timer);
  }, [notice]);

  const rows = useMemo(() => data?.agreements.nodes ?? [], [data]);
  const agreements = useMemo(() => rows.map((r) => getFragmentData(AgreementRowFragment, r)), [rows]);
  const signed = useMemo(() => new Set(agreements.filter((a) => VALID.includes(a.status)).map((a) => a.facility.id)), [agreements]);
  const care = data?.facilities.nodes.filter((f) => f.status !== 'CLOSED') ?? [];
  const unsigned = care.filter((f) => !signed.has(f.id));
  const [search, setSearch] = useState('');
  const limit = useQuery(EmergencyResponseQuery);
  const [emergencyKm, setEmergencyKm] = useState<number | null>(null);
  const emergencyMeters = emergencyKm != null ? emergencyKm * 1000 : (limit.data?.emergencyResponseMeters ?? null);
  const needle = search.trim().toLowerCase();
  const shown = rows.filter((_r, i) => {
    const a = agreements[i];
    if (statuses.length && !statuses.includes(a.status)) return false;
    return !needle || [a.medical.name, a.facility.name, a.code ?? ''].some((s) => s.toLowerCase().includes(needle));
  });
  const beyond =
    emergencyMeters == null
      ? 0
      : agreements.filter((a) => VALID.includes(a.status) && (a.walkingMeters ?? a.straightLineMeters ?? 0) > emergencyMeters).length;
  // An agreement renewed (a later agreement between the same parties, in force or starting later) leaves the to-do list.
  const renewedUntil = useMemo(() => {
    const until = new Map<string, string>();
    for (const a of agreements)
      for (const b of agreements)
        if (
          b.id !== a.id &&
          b.facility.id === a.facility.id &&
          b.medical.id === a.medical.id &&
          (VALID.includes(b.status) || b.status === 'PENDING') &&
          b.endsOn > a.endsOn &&
          (until.get(a.id) ?? '') < b.endsOn
        )
          until.set(a.id, b.endsOn);
    return until;
  }, [agreements]);
  const expiry = agreements
    .filter(
      (a) =>
        (a.status === 'EXPIRING' || a.status === 'EXPIRED') &&
        !renewedUntil.has(a.id) &&
        !(
          a.status === 'EXPIRED' &&
          agreements.some((b) => VALID.includes(b.status) && b.facility.id === a.facility.id && b.medical.id === a.medical.id)
        ),
    )
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));

  const layers = useMemo(() => {
    if (!data) return null;
    const where = new Map<string, GeoJSON.Position>([
      ...data.medicalInstitutions.nodes.map((m) => [`m${m.id}`, (m.location as GeoJSON.Point).coordinates] as const),
      ...data.facilities.nodes.map((f) => [`f${f.id}`, (f.location as GeoJSON.Point).coordinates] as const),
    ]);
    return {
      medical: pointsToFeatures(data.medicalInstitutions.nodes, (m) => ({ name: m.name, kind: m.kind })),
      care: pointsToFeatures(
        data.facilities.nodes.filter((f) => f.status !== 'CLOSED'),
        (f) => ({ name: f.name, unsigned: !signed.has(f.id) }),
      ),
      lines: {
        type: 'FeatureCollection',
        features: agreements
          .filter((a) => where.has(`m${a.medical.id}`) && where.has(`f${a.facility.id}`))
          .map((a) => ({
            type: 'Feature',
            id: Number(a.id),
            geometry: { type: 'LineString', coordinates: [where.get(`m${a.medical.id}`)!, where.get(`f${a.facility.id}`)!] },
            properties: { id: a.id, status: a.status, selected: a.id === selected },
          })),
      } as FeatureCollection,
    };
  }, [data, agreements, signed, selected]);

  const onReady = useCallback((m: MlMap) => {
    for (const s of ['agreement-lines', 'medical', 'care']) setGeoJson(m, s, EMPTY);
    for (const l of AGREEMENT_LAYERS) m.addLayer(l);
    setMap(m);
  }, []);
  useEffect(() => {
    if (!map || !layers) return;
    setGeoJson(map, 'medical', layers.medical);
    setGeoJson(map, 'care', layers.care);
    setGeoJson(map, 'agreement-lines', layers.lines);
  }, [map, layers]);
  useEffect(() => {
    if (!map) return;
    const click = (e: MapMouseEvent) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: ['agreement-care', 'agreement-lines'] })[0];
      if (!hit) return;
      if (hit.layer.id === 'agreement-lines') setSelected(String(hit.properties.id));
      else if (hit.properties.unsigned && canManage) setCreating({ facilityId: String(hit.properties.id) });
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map, canManage]);

  const legend: LegendItem[] = [
    { key: 'm', label: t('medicalInstitutions'), kind: 'MEDICAL' },
    { key: 'c', label: t('careInstitutions'), kind: 'CARE_INSTITUTION' },
    { key: 'u', label: t('unsigned'), color: '#c92a2a', shape: 'dot' },
    ...LEGEND_STATUSES.map((s) => ({
      key: s,
      label: t('lineOf', { status: label(s, lang) }),
      color: STATUS_COLORS[s],
      shape: 'line' as const,
    })),
  ];

  return (
    <div className="cc-app" data-testid="agreements-app" style={{ flexDirection: 'column' }}>
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <aside className="cc-side" style={{ width: 380 }}>
          {error && <ErrorPanel error={error} />}
          {notice && (
            <div className="cc-notice" data-testid="agreement-notice">
              {notice}
            </div>
          )}
          <SigningCoverage />
          <section className="cc-panel" data-testid="unsigned-list">
            <h3>
              {t('unsigned')} ({unsigned.length})
            </h3>
            <p className="cc-muted">{t('unsignedNote')}</p>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {unsigned.map((f) => (
                <li key={f.id}>
                  {f.name}{' '}
                  {canManage && (
                    <button type="button" onClick={() => setCreating({ facilityId: f.id })}>
                      {t('create')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <ExpiryList items={expiry} onSelect={setSelected} />
          <section className="cc-panel">
            <Legend items={legend} />
          </section>
        </aside>
        <div className="cc-map-wrap">
          <MapView onReady={onReady} label={t('agreements')} />
        </div>
      </div>
      <div style={{ height: '38%', overflow: 'auto', borderTop: '1px solid var(--cc-border)', padding: 8, background: '#fff' }}>
        <div className="cc-row" style={{ marginBottom: 6 }}>
          <strong>{t('agreements')}</strong>
          <span className="cc-muted">{data ? t('shown', { shown: shown.length, total: data.agreements.totalCount }) : ''}</span>
          <span>{t('filterStatus')}:</span>
          {STATUSES.map((s) => (
            <label key={s} style={{ fontSize: 12 }}>
              <input
                type="checkbox"
                checked={statuses.includes(s)}
                onChange={(e) => setStatuses(e.target.checked ? [...statuses, s] : statuses.filter((x) => x !== s))}
                data-testid={`status-${s}`}
              />
              {label(s, lang)}
            </label>
          ))}
          <input
            type="search"
            placeholder={t('search')}
            aria-label={t('search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="agreement-search"
            style={{ width: 220 }}
          />
          <label style={{ fontSize: 12 }}>
            {t('emergencyLimit')}{' '}
            <input
              type="number"
              min={0.1}
              step={0.5}
              style={{ width: 64 }}
              value={emergencyMeters == null ? '' : emergencyMeters / 1000}
              onChange={(e) => Number(e.target.value) > 0 && setEmergencyKm(Number(e.target.value))}
              data-testid="emergency-limit"
            />
          </label>
          {beyond > 0 && (
            <span className="cc-flag" data-testid="beyond-count">
              ⚠ {t('beyondCount', { n: beyond })}
            </span>
          )}
          <span style={{ flex: 1 }} />
          {canManage && (
            <button type="button" className="cc-primary" onClick={() => setCreating({ facilityId: null })} data-testid="new-agreement">
              {t('create')}
            </button>
          )}
        </div>
        {creating && canManage && data && (
          <AgreementForm
            medical={data.medicalInstitutions.nodes}
            care={care}
            initialFacilityId={creating.facilityId}
            onCancel={() => setCreating(null)}
            onDone={(m) => {
              setNotice(m);
              setCreating(null);
            }}
          />
        )}
        {toast && (
          <div className="cc-toast" role="status" data-testid="toast">
            {toast}
          </div>
        )}
        <AgreementTable
          rows={shown}
          selectedId={selected}
          onSelect={setSelected}
          onDone={setNotice}
          emergencyMeters={emergencyMeters}
          renewedUntil={renewedUntil}
        />
      </div>
    </div>
  );
}
