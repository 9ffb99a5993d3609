import { useLazyQuery, useMutation } from '@apollo/client/react';
import { ErrorPanel, FormField, formErrors, useT } from '@carecircle/ui';
import { Marker, type Map as MlMap, type MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql/index.js';
import type { ScenarioChangeInput } from '../gql/graphql.js';
import { coverageMessages } from './coverage-messages.js';
import { CompareScenarioQuery, ScenarioComparison } from './scenario-comparison.js';
import { scenarioMessages } from './scenario-messages.js';
import { SavedScenarios, type SavedScenario } from './saved-scenarios.js';
import type { AnalysisWalking, Walking } from './walking-panel.js';

const SaveScenarioMutation = graphql(`
  mutation SaveScenario($name: String!, $changes: [ScenarioChangeInput!]!) {
    saveScenario(name: $name, changes: $changes) {
      id
      version
      name
      updatedAt
    }
  }
`);

const UpdateScenarioMutation = graphql(`
  mutation UpdateScenario($id: ID!, $version: Int!, $name: String!, $changes: [ScenarioChangeInput!]!) {
    updateScenario(id: $id, version: $version, name: $name, changes: $changes) {
      id
      version
      name
      updatedAt
    }
  }
`);

interface Added {
  key: number;
  lonLat: [number, number];
  name: string | null;
}

/** A station to add from elsewhere in the planner (a gap zone's "add a station here"). */
export interface AddRequest {
  id: number;
  lonLat: [number, number];
}

/**
 * What-if mode: add (and drag) stations, close existing ones, and compare coverage with the
 * registry; save the scenario by name, reopen, save again or delete saved ones, and compare two
 * saved scenarios side by side.
 */
export function ScenarioPanel({
  map,
  walking,
  elevationLoaded,
  active,
  setActive,
  addRequest,
}: {
  map: MlMap | null;
  walking: Walking;
  elevationLoaded?: boolean | null;
  active: boolean;
  setActive: (on: boolean) => void;
  addRequest?: AddRequest | null;
}) {
  const t = useT(coverageMessages);
  const ts = useT(scenarioMessages);
  const [added, setAdded] = useState<Added[]>([]);
  const [closed, setClosed] = useState<string[]>([]);
  // Moves of a reopened scenario: kept as they are when it is saved again.
  const [moved, setMoved] = useState<ScenarioChangeInput[]>([]);
  const [opened, setOpened] = useState<{ id: string; version: number; name: string } | null>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const markers = useRef(new Map<number, Marker>());
  const nextKey = useRef(1);
  const [runCompare, { data, error, loading }] = useLazyQuery(CompareScenarioQuery, { fetchPolicy: 'network-only' });
  // The walking parameters of the comparison shown (it counts every approved facility).
  const [comparedWith, setComparedWith] = useState<AnalysisWalking | null>(null);
  const compare = (what: { changes: ScenarioChangeInput[] } | { scenarioId: string }) => {
    const used = { minutes: walking.minutes, speed: walking.speed, profile: walking.profile };
    setComparedWith(used);
    void runCompare({ variables: { ...what, ...used } });
  };
  const [saveNew, savedNew] = useMutation(SaveScenarioMutation, { refetchQueries: ['SavedScenarios'] });
  const [saveAgain, savedAgain] = useMutation(UpdateScenarioMutation, { refetchQueries: ['SavedScenarios'] });
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (!addRequest || handled.current === addRequest.id) return;
    handled.current = addRequest.id;
    setAdded((a) => [...a, { key: nextKey.current++, lonLat: addRequest.lonLat, name: null }]);
  }, [addRequest]);

  useEffect(() => {
    if (!map || !active) return;
    const click = (e: MapMouseEvent) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: ['planner-facilities'] })[0];
      if (hit) {
        const id = String(hit.properties.id);
        setClosed((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
      } else setAdded((a) => [...a, { key: nextKey.current++, lonLat: [e.lngLat.lng, e.lngLat.lat], name: null }]);
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map, active]);

  useEffect(() => {
    if (!map) return;
    map.setFilter('planner-scenario-closed', ['in', ['get', 'id'], ['literal', closed]]);
  }, [map, closed]);

  useEffect(() => {
    if (!map) return;
    const live = markers.current;
    for (const [key, marker] of live)
      if (!added.some((a) => a.key === key)) {
        marker.remove();
        live.delete(key);
      }
    for (const a of added) {
      if (live.has(a.key)) continue;
      const marker = new Marker({ color: '#12b886', draggable: true }).setLngLat(a.lonLat).addTo(map);
      marker.on('dragend', () => {
        const p = marker.getLngLat();
        setAdded((all) => all.map((x) => (x.key === a.key ? { ...x, lonLat: [p.lng, p.lat] } : x)));
      });
      live.set(a.key, marker);
    }
  }, [map, added]);
  useEffect(
    () => () => {
      for (const m of markers.current.values()) m.remove();
    },
    [],
  );

  const changes: ScenarioChangeInput[] = [
    ...added.map((a, i) => ({
      action: 'ADD',
      kind: 'COMMUNITY_STATION' as const,
      location: { lon: a.lonLat[0], lat: a.lonLat[1] },
      name: a.name ?? ts('added', { n: i + 1 }),
    })),
    ...closed.map((id) => ({ action: 'CLOSE', facilityId: id })),
    ...moved,
  ];
  const result = data?.compareScenario;

  const reset = () => {
    setAdded([]);
    setClosed([]);
    setMoved([]);
  };
  const open = (s: SavedScenario) => {
    const adds = s.changes.filter((c) => c.action === 'ADD' && c.location);
    setAdded(
      adds.map((c) => ({
        key: nextKey.current++,
        lonLat: (c.location as GeoJSON.Point).coordinates as [number, number],
        name: c.name ?? null,
      })),
    );
    setClosed(s.changes.filter((c) => c.action === 'CLOSE' && c.facilityId).map((c) => c.facilityId!));
    setMoved(
      s.changes
        .filter((c) => c.action === 'MOVE' && c.facilityId && c.location)
        .map((c) => {
          const [lon, lat] = (c.location as GeoJSON.Point).coordinates as [number, number];
          return { action: 'MOVE', facilityId: c.facilityId, location: { lon, lat } };
        }),
    );
    setOpened({ id: s.id, version: s.version, name: s.name });
    setName(s.name);
    setNotice(ts('opened', { name: s.name }));
    savedNew.reset();
    savedAgain.reset();
    compare({ scenarioId: s.id });
  };
  const save = async (asNew: boolean) => {
    setNotice(null);
    savedNew.reset();
    savedAgain.reset();
    try {
      const s =
        opened && !asNew
          ? (await saveAgain({ variables: { id: opened.id, version: opened.version, name, changes } })).data?.updateScenario
          : (await saveNew({ variables: { name, changes } })).data?.saveScenario;
      if (s) {
        setOpened({ id: s.id, version: s.version, name: s.name });
        setName(s.name);
        setNotice(ts('saved', { name: s.name }));
      }
    } catch {
      // Shown beside the name field or below the buttons.
    }
  };
  const saveError = savedAgain.error ?? savedNew.error;
  const errors = formErrors(saveError);

  return (
    <section className="cc-panel" data-testid="scenario-panel">
      <h3>{t('scenario')}</h3>
      <p className="cc-muted">
        {t('scenarioHint')} {t('scenarioNote')}
      </p>
      {opened && (
        <p className="cc-row" data-testid="scenario-opened">
          <strong>{ts('opened', { name: opened.name })}</strong>
          <button
            type="button"
            onClick={() => {
              setOpened(null);
              setName('');
              setNotice(null);
              reset();
            }}
          >
            {ts('close')}
          </button>
        </p>
      )}
      <div className="cc-row">
        <button type="button" className={active ? 'cc-primary' : undefined} onClick={() => setActive(!active)}>
          {active ? t('scenarioOff') : t('scenarioOn')}
        </button>
        <span data-testid="scenario-counts">
          {t('scenarioAdded', { n: added.length })} · {t('scenarioClosed', { n: closed.length })}
          {moved.length > 0 && ts('moved', { n: moved.length })}
        </span>
      </div>
      <div className="cc-row" style={{ marginTop: 6 }}>
        <button type="button" disabled={!changes.length || loading} onClick={() => compare({ changes })} data-testid="scenario-compare">
          {loading ? t('computing') : t('scenarioCompare')}
        </button>
        <button type="button" disabled={!changes.length} onClick={reset}>
          {t('scenarioReset')}
        </button>
      </div>
      <FormField label={ts('name')} error={errors.fields.name} htmlFor="scenario-name">
        <input
          id="scenario-name"
          value={name}
          maxLength={200}
          placeholder={ts('namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          data-testid="scenario-name"
        />
      </FormField>
      <div className="cc-row">
        <button
          type="button"
          className="cc-primary"
          disabled={savedNew.loading || savedAgain.loading}
          onClick={() => void save(false)}
          data-testid="scenario-save"
        >
          {opened ? ts('saveChanges') : ts('save')}
        </button>
        {opened && (
          <button type="button" disabled={savedNew.loading} onClick={() => void save(true)} data-testid="scenario-save-as">
            {ts('saveAs')}
          </button>
        )}
      </div>
      {errors.message && <p className="cc-field-error">{errors.message}</p>}
      {Object.entries(errors.fields)
        .filter(([f]) => f !== 'name')
        .map(([f, m]) => (
          <p key={f} className="cc-field-error">
            {m}
          </p>
        ))}
      {notice && !saveError && (
        <p className="cc-muted" data-testid="scenario-notice">
          {notice}
        </p>
      )}
      {error && <ErrorPanel error={error} />}
      {result && comparedWith && (
        <ScenarioComparison
          map={map}
          testId="scenario-result"
          columns={[{ key: 'working', label: opened?.name ?? ts('working'), result }]}
          walking={walking}
          measuredWith={comparedWith}
          elevationLoaded={elevationLoaded}
        />
      )}
      <SavedScenarios
        map={map}
        walking={walking}
        elevationLoaded={elevationLoaded}
        openedId={opened?.id ?? null}
        onOpen={open}
        onDeleted={(id) => opened?.id === id && setOpened(null)}
      />
    </section>
  );
}
