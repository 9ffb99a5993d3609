import { useMutation, useQuery } from '@apollo/client/react';
import {
  ErrorPanel,
  MapView,
  geometryBounds,
  label,
  pointsToFeatures,
  setGeoJson,
  useLang,
  useT,
  type FeatureCollection,
  type MicroAppProps,
} from '@carecircle/ui';
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getFragmentData, graphql } from './gql/index.js';
import { STATION_LAYERS, STATUS_COLORS, divisionOutline } from './map/stations-style.js';
import type { FacilityStatus } from './gql/graphql.js';
import { messages } from './messages.js';
import { StationForm } from './registry/station-form.js';
import { StationRowFragment, StationTable } from './registry/station-table.js';
import { ReviewInbox } from './review/review-inbox.js';
import { UploadPanel } from './upload/upload-panel.js';

const OfficesQuery = graphql(`
  query StreetOffices {
    divisions(filter: { levels: [STREET, TOWN] }, first: 100) {
      nodes {
        id
        name
        level
      }
    }
  }
`);

const StationsQuery = graphql(`
  query StationsOfDivision($divisionId: ID!) {
    division(id: $divisionId) {
      id
      name
      boundary
    }
    facilities(filter: { divisionId: $divisionId }, first: 200) {
      totalCount
      nodes {
        location
        ...StationRow_Facility
      }
    }
  }
`);

const StationQuery = graphql(`
  query StationForEdit($id: ID!) {
    facility(id: $id) {
      ...StationForm_Facility
    }
  }
`);

const InboxCount = graphql(`
  query ReviewInboxCount {
    reviewInboxCount
  }
`);

const SubmitDrafts = graphql(`
  mutation SubmitDrafts($ids: [ID!]!) {
    submitFacilities(ids: $ids) {
      id
      status
      ...StationRow_Facility
    }
  }
`);

/** The states the map tells apart, in the legend's order (with the badges' names). */
const LEGEND_STATUSES: FacilityStatus[] = ['APPROVED', 'SUBMITTED', 'REJECTED', 'DRAFT'];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const OFFICE_KEY = 'carecircle.stations.office';

/** The street/town office: its stations in a table and on the map, registration and edits. */
export function StationsApp({ user, basePath }: MicroAppProps) {
  const t = useT(messages);
  const lang = useLang();
  const can = user.viewerCan;
  // A street office works in its own jurisdiction; civil affairs and administrators choose one.
  const offices = useQuery(OfficesQuery, { skip: can.divisionScoped });
  const [officeId, setOfficeId] = useState<string | null>(() => localStorage.getItem(OFFICE_KEY));
  const ownDivision = can.divisionScoped ? user.division : null;
  const divisionId = ownDivision?.id ?? officeId ?? offices.data?.divisions.nodes[0]?.id ?? null;
  // What a record allows (submit, approve, return) comes with the record itself (viewerCan… fields).
  const canRegister = can.registerFacilities;
  const canUpload = can.uploadFacilities;
  const [uploading, setUploading] = useState(false);
  const stations = useQuery(StationsQuery, {
    variables: { divisionId: divisionId ?? '' },
    skip: !divisionId,
    fetchPolicy: 'cache-and-network',
  });
  const [map, setMap] = useState<MlMap | null>(null);
  const [mode, setMode] = useState<{ kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string }>({ kind: 'none' });
  const [picked, setPicked] = useState<[number, number] | null>(null);
  const [pin, setPin] = useState<[number, number] | null>(null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  // Civil affairs lands on its review inbox (待审批 N); the registry is the other tab.
  const canReview = can.reviewFacilities;
  // `<base>/inbox` opens the inbox (the shell's 待审批 N links there), `<base>` the tab last chosen.
  const [tab, setTabState] = useState<'inbox' | 'registry'>(canReview ? 'inbox' : 'registry');
  const setTab = (next: 'inbox' | 'registry') => {
    setTabState(next);
    window.history.replaceState(null, '', next === 'inbox' ? `${basePath}/inbox` : basePath);
  };
  useEffect(() => {
    if (!canReview) return;
    const follow = () => {
      if (window.location.pathname === `${basePath}/inbox`) setTabState('inbox');
    };
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [canReview, basePath]);
  const inboxCount = useQuery(InboxCount, { skip: !canReview, fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  const [submitDrafts, submittingDrafts] = useMutation(SubmitDrafts, { refetchQueries: ['StationsOfDivision', 'ReviewInboxCount'] });
  const editing = useQuery(StationQuery, {
    variables: { id: mode.kind === 'edit' ? mode.id : '' },
    skip: mode.kind !== 'edit',
    fetchPolicy: 'network-only',
  });

  const features = useMemo(
    () =>
      stations.data
        ? pointsToFeatures(
            stations.data.facilities.nodes.map((n) => ({ ...getFragmentData(StationRowFragment, n), location: n.location })),
            (f) => ({ kind: f.kind, status: f.status, name: f.name }),
          )
        : EMPTY,
    [stations.data],
  );

  const onReady = useCallback((m: MlMap) => {
    setGeoJson(m, 'stations', EMPTY);
    setGeoJson(m, 'pick', EMPTY);
    for (const l of [...divisionOutline(-1), ...STATION_LAYERS]) m.addLayer(l);
    setMap(m);
  }, []);

  useEffect(() => {
    if (map) setGeoJson(map, 'stations', features);
  }, [map, features]);
  useEffect(() => {
    if (!map) return;
    setGeoJson(map, 'pick', {
      type: 'FeatureCollection',
      features: pin ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: pin }, properties: {} }] : [],
    });
  }, [map, pin]);
  useEffect(() => {
    if (!map || !divisionId) return;
    const id = Number(divisionId);
    map.setFilter('stations-division-mask', ['all', ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]], ['!=', ['get', 'id'], id]]);
    map.setFilter('stations-division-line', ['==', ['get', 'id'], id]);
  }, [map, divisionId]);
  const boundary = stations.data?.division.boundary;
  useEffect(() => {
    const b = geometryBounds(boundary);
    if (map && b) map.fitBounds(b, { padding: 30, duration: 0 });
  }, [map, boundary]);
  useEffect(() => {
    if (!map) return;
    map.setFilter('stations-selected', ['==', ['get', 'id'], mode.kind === 'edit' ? mode.id : '']);
  }, [map, mode]);

  useEffect(() => {
    if (!map) return;
    const click = (e: MapMouseEvent) => {
      if (mode.kind !== 'none') {
        setPicked([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      const hit = map.queryRenderedFeatures(e.point, { layers: ['stations-points'] })[0];
      if (hit) setMode({ kind: 'edit', id: String(hit.properties.id) });
    };
    map.on('click', click);
    map.getCanvas().style.cursor = mode.kind === 'none' ? '' : 'crosshair';
    return () => {
      map.off('click', click);
    };
  }, [map, mode]);

  const rows = useMemo(() => (stations.data?.facilities.nodes ?? []).map((n) => getFragmentData(StationRowFragment, n)), [stations.data]);
  // The drafts of the office's list (the server checks each one again when they are submitted).
  const drafts = canRegister ? rows.filter((r) => r.status === 'DRAFT') : [];

  const close = () => {
    setMode({ kind: 'none' });
    setPicked(null);
    setPin(null);
  };

  return (
    <div className="cc-app" data-testid="stations-app">
      <aside className="cc-side cc-side-wide">
        {canReview && (
          <nav className="cc-row" role="tablist" data-testid="stations-tabs">
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'inbox'}
              className={tab === 'inbox' ? 'cc-primary' : undefined}
              onClick={() => setTab('inbox')}
              data-testid="tab-inbox"
            >
              {t('tabInbox', { n: inboxCount.data?.reviewInboxCount ?? '…' })}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'registry'}
              className={tab === 'registry' ? 'cc-primary' : undefined}
              onClick={() => setTab('registry')}
              data-testid="tab-registry"
            >
              {t('tabRegistry')}
            </button>
          </nav>
        )}
        {canReview && tab === 'inbox' && (
          <ReviewInbox
            onOpen={(facilityId, division) => {
              // Show the station on the map, in its street or town.
              const street = division && offices.data?.divisions.nodes.some((d) => d.id === division) ? division : null;
              if (street) setOfficeId(street);
              setMode({ kind: 'edit', id: facilityId });
            }}
          />
        )}
        {ownDivision ? (
          <section className="cc-panel">
            <strong data-testid="office-name">{ownDivision.name}</strong>
          </section>
        ) : (
          <section className="cc-panel">
            <label>
              {t('office')}{' '}
              <select
                value={divisionId ?? ''}
                data-testid="office-select"
                onChange={(e) => {
                  setOfficeId(e.target.value);
                  localStorage.setItem(OFFICE_KEY, e.target.value);
                  close();
                }}
              >
                {offices.data?.divisions.nodes.map((d) => (
                  <option key={d.id} value={d.id}>
                    {t('officeOption', { name: d.name, level: label(d.level, lang) })}
                  </option>
                ))}
              </select>
            </label>
          </section>
        )}
        {offices.error && <ErrorPanel error={offices.error} />}
        {stations.error && <ErrorPanel error={stations.error} />}
        {savedMessage && (
          <div className="cc-notice" data-testid="saved-message">
            {savedMessage}
          </div>
        )}
        {mode.kind === 'none' && (canRegister || canUpload) && (
          <div style={{ display: 'flex', gap: 8 }}>
            {canRegister && (
              <button
                type="button"
                className="cc-primary"
                onClick={() => {
                  setSavedMessage(null);
                  setUploading(false);
                  setMode({ kind: 'new' });
                }}
                data-testid="register-station"
              >
                {t('register')}
              </button>
            )}
            {canUpload && !uploading && (
              <button
                type="button"
                onClick={() => {
                  setSavedMessage(null);
                  setUploading(true);
                }}
                data-testid="upload-open"
              >
                {t('upload')}
              </button>
            )}
          </div>
        )}
        {mode.kind === 'none' && uploading && (
          <UploadPanel onImported={() => void stations.refetch()} onClose={() => setUploading(false)} />
        )}
        {mode.kind === 'new' && (
          <StationForm
            key="new"
            facility={null}
            picked={picked}
            onLocation={setPin}
            onCancel={close}
            onReload={() => undefined}
            onSaved={(id, name, status) => {
              setSavedMessage(t('saved', { name, status: label(status, lang) }));
              // The new draft opens for review, where it can be submitted for approval.
              setPicked(null);
              setMode({ kind: 'edit', id });
            }}
          />
        )}
        {mode.kind === 'edit' && editing.error && <ErrorPanel error={editing.error} />}
        {mode.kind === 'edit' && editing.data && (
          <StationForm
            key={mode.id}
            facility={editing.data.facility}
            picked={picked}
            onLocation={setPin}
            onCancel={close}
            onReload={() => void editing.refetch()}
            onSaved={(_id, name, status, proposal) => {
              setSavedMessage(proposal ? t('proposalSaved', { name }) : t('saved', { name, status: label(status, lang) }));
              close();
            }}
          />
        )}
        <section className="cc-panel">
          <h3>
            {t('stations')}{' '}
            <small className="cc-muted">{stations.data ? t('count', { n: stations.data.facilities.totalCount }) : ''}</small>
          </h3>
          {drafts.length > 1 && (
            <p>
              <button
                type="button"
                disabled={submittingDrafts.loading}
                data-testid="submit-drafts"
                onClick={async () => {
                  const res = await submitDrafts({ variables: { ids: drafts.map((d) => d.id) } }).catch(() => null);
                  if (res?.data) setSavedMessage(t('submittedMany', { n: res.data.submitFacilities.length }));
                }}
              >
                {t('submitDrafts', { n: drafts.length })}
              </button>
            </p>
          )}
          {submittingDrafts.error && <ErrorPanel error={submittingDrafts.error} />}
          <p className="cc-muted cc-row" style={{ fontSize: 12, gap: 10 }} data-testid="status-legend">
            {LEGEND_STATUSES.map((s) => (
              <span key={s} style={{ whiteSpace: 'nowrap' }}>
                <span className="cc-ring" style={{ borderColor: STATUS_COLORS[s], borderWidth: s === 'DRAFT' ? 1.5 : 2.5 }} />{' '}
                {label(s, lang)}
              </span>
            ))}
          </p>
          <div style={{ maxHeight: 420, overflow: 'auto' }}>
            <StationTable
              rows={stations.data?.facilities.nodes ?? []}
              selectedId={mode.kind === 'edit' ? mode.id : null}
              onSelect={(id) => {
                setSavedMessage(null);
                setPicked(null);
                setMode({ kind: 'edit', id });
              }}
            />
          </div>
        </section>
      </aside>
      <div className="cc-map-wrap">
        <MapView onReady={onReady} label={t('stations')} />
      </div>
    </div>
  );
}
