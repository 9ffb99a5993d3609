import { useQuery } from '@apollo/client/react';
import { ErrorPanel, Legend, MapView, label, pointsToFeatures, setGeoJson, useLang, useT, type FeatureCollection, type MicroAppProps } from '@carecircle/ui';
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AgreementForm } from './agreements/agreement-form.js';
import { AgreementTable } from './agreements/agreement-table.js';
import { ExpiryList } from './agreements/expiry-list.js';
import { SigningCoverage } from './coverage/signing-coverage.js';
import { graphql } from './gql/index.js';
import { AGREEMENT_LAYERS, STATUS_COLORS } from './map/agreements-style.js';
import { messages } from './messages.js';

const AgreementsOverviewQuery = graphql(`
  query AgreementsOverview {
    agreements(first: 500) {
      totalCount
      nodes {
        id
        status
        endsOn
        medical { id name location }
        facility { id name location }
        ...AgreementRow_CareAgreement
      }
    }
    medicalInstitutions(first: 500) { totalCount nodes { id name kind location } }
    facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 500) { totalCount nodes { id name status location } }
  }
`);

const STATUSES = ['ACTIVE', 'EXPIRING', 'EXPIRED', 'PENDING', 'DRAFT', 'TERMINATED'];
const VALID = ['ACTIVE', 'EXPIRING'];
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The health bureau: medical and care institutions, agreement lines, the agreement register and signing coverage. */
export function AgreementsApp(_props: MicroAppProps) {
  const t = useT(messages);
  const lang = useLang();
  const { data, error } = useQuery(AgreementsOverviewQuery, { fetchPolicy: 'cache-and-network' });
  const [map, setMap] = useState<MlMap | null>(null);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState<{ facilityId: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const agreements = data?.agreements.nodes ?? [];
  const signed = useMemo(() => new Set(agreements.filter((a) => VALID.includes(a.status)).map((a) => a.facility.id)), [agreements]);
  const care = data?.facilities.nodes.filter((f) => f.status !== 'CLOSED') ?? [];
  const unsigned = care.filter((f) => !signed.has(f.id));
  const shown = statuses.length ? agreements.filter((a) => statuses.includes(a.status)) : agreements;
  const expiry = agreements
    .filter((a) => a.status === 'EXPIRING' || (a.status === 'EXPIRED' && !agreements.some((b) => VALID.includes(b.status) && b.facility.id === a.facility.id && b.medical.id === a.medical.id)))
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));

  const layers = useMemo(() => {
    if (!data) return null;
    return {
      medical: pointsToFeatures(data.medicalInstitutions.nodes, (m) => ({ name: m.name, kind: m.kind })),
      care: pointsToFeatures(data.facilities.nodes.filter((f) => f.status !== 'CLOSED'), (f) => ({ name: f.name, unsigned: !signed.has(f.id) })),
      lines: {
        type: 'FeatureCollection',
        features: data.agreements.nodes.map((a) => ({
          type: 'Feature',
          id: Number(a.id),
          geometry: { type: 'LineString', coordinates: [(a.medical.location as GeoJSON.Point).coordinates, (a.facility.location as GeoJSON.Point).coordinates] },
          properties: { id: a.id, status: a.status, selected: a.id === selected },
        })),
      } as FeatureCollection,
    };
  }, [data, signed, selected]);

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
      else if (hit.properties.unsigned) setCreating({ facilityId: String(hit.properties.id) });
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map]);

  const legend = [
    { key: 'm', label: t('medicalInstitutions'), kind: 'MEDICAL' },
    { key: 'c', label: t('careInstitutions'), kind: 'CARE_INSTITUTION' },
    { key: 'u', label: `${t('unsigned')}`, color: '#c92a2a', shape: 'dot' as const },
    ...['ACTIVE', 'EXPIRING', 'EXPIRED', 'PENDING'].map((s) => ({ key: s, label: `${t('lines')}: ${label(s, lang)}`, color: STATUS_COLORS[s], shape: 'line' as const })),
  ];

  return (
    <div className="cc-app" data-testid="agreements-app" style={{ flexDirection: 'column' }}>
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <aside className="cc-side" style={{ width: 380 }}>
          {error && <ErrorPanel error={error} />}
          {notice && <div className="cc-notice" data-testid="agreement-notice">{notice}</div>}
          <SigningCoverage />
          <section className="cc-panel" data-testid="unsigned-list">
            <h3>{t('unsigned')} ({unsigned.length})</h3>
            <p className="cc-muted">{t('unsignedNote')}</p>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {unsigned.map((f) => (
                <li key={f.id}>
                  {f.name} <button type="button" onClick={() => setCreating({ facilityId: f.id })}>{t('create')}</button>
                </li>
              ))}
            </ul>
          </section>
          <ExpiryList items={expiry} onSelect={setSelected} />
          <section className="cc-panel"><Legend items={legend} /></section>
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
              <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => setStatuses(e.target.checked ? [...statuses, s] : statuses.filter((x) => x !== s))} data-testid={`status-${s}`} />
              {label(s, lang)}
            </label>
          ))}
          <span style={{ flex: 1 }} />
          <button type="button" className="cc-primary" onClick={() => setCreating({ facilityId: null })} data-testid="new-agreement">{t('create')}</button>
        </div>
        {creating && data && (
          <AgreementForm
            medical={data.medicalInstitutions.nodes}
            care={care}
            initialFacilityId={creating.facilityId}
            onCancel={() => setCreating(null)}
            onDone={(m) => { setNotice(m); setCreating(null); }}
          />
        )}
        <AgreementTable rows={shown} selectedId={selected} onSelect={setSelected} onDone={setNotice} />
      </div>
    </div>
  );
}
