import { useLazyQuery } from '@apollo/client/react';
import { ErrorPanel, useFormat, useT } from '@carecircle/ui';
import { Marker, type Map as MlMap, type MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';
import type { Walking } from './walking-panel.js';

const CompareScenarioQuery = graphql(`
  query CompareScenario($changes: [ScenarioChangeInput!], $minutes: Float, $speed: Float) {
    compareScenario(changes: $changes, minutes: $minutes, speed: $speed) {
      baseline {
        completeCircles
        groups {
          group
          coveredOlder
          totalOlder
          share
        }
      }
      scenario {
        completeCircles
        groups {
          group
          coveredOlder
          totalOlder
          share
        }
      }
      changedAreas {
        residentialAreaId
        group
        older
        coveredBefore
        coveredAfter
      }
    }
  }
`);

interface Added {
  key: number;
  lonLat: [number, number];
}

/** A station to add from elsewhere in the planner (a gap zone's "add a station here"). */
export interface AddRequest {
  id: number;
  lonLat: [number, number];
}

/** What-if mode: add (and drag) stations, close existing ones, and compare coverage before anything is saved. */
export function ScenarioPanel({
  map,
  walking,
  active,
  setActive,
  addRequest,
}: {
  map: MlMap | null;
  walking: Walking;
  active: boolean;
  setActive: (on: boolean) => void;
  addRequest?: AddRequest | null;
}) {
  const t = useT(coverageMessages);
  const { n, pct } = useFormat();
  const [added, setAdded] = useState<Added[]>([]);
  const [closed, setClosed] = useState<string[]>([]);
  const markers = useRef(new Map<number, Marker>());
  const nextKey = useRef(1);
  const [compare, { data, error, loading }] = useLazyQuery(CompareScenarioQuery, { fetchPolicy: 'network-only' });
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (!addRequest || handled.current === addRequest.id) return;
    handled.current = addRequest.id;
    setAdded((a) => [...a, { key: nextKey.current++, lonLat: addRequest.lonLat }]);
  }, [addRequest]);

  useEffect(() => {
    if (!map || !active) return;
    const click = (e: MapMouseEvent) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: ['planner-facilities'] })[0];
      if (hit) {
        const id = String(hit.properties.id);
        setClosed((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
      } else setAdded((a) => [...a, { key: nextKey.current++, lonLat: [e.lngLat.lng, e.lngLat.lat] }]);
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

  const changes = [
    ...added.map((a) => ({
      action: 'ADD',
      kind: 'COMMUNITY_STATION' as const,
      location: { lon: a.lonLat[0], lat: a.lonLat[1] },
      name: `+${a.key}`,
    })),
    ...closed.map((id) => ({ action: 'CLOSE', facilityId: id })),
  ];
  const main = (s: { groups: { group: string; share?: number | null; coveredOlder: number }[] } | undefined) =>
    s?.groups.find((g) => g.group === 'STATION_OR_CENTER');
  const result = data?.compareScenario;
  // Gains and losses apart, for a station or centre: an area newly within reach, or no longer.
  const mainChanges = result?.changedAreas.filter((c) => c.group === 'STATION_OR_CENTER' && c.coveredBefore !== c.coveredAfter) ?? [];
  const gained = mainChanges.filter((c) => c.coveredAfter);
  const lost = mainChanges.filter((c) => c.coveredBefore);
  const sum = (rows: { older: number }[]) => rows.reduce((a, c) => a + c.older, 0);
  useEffect(() => {
    if (!map || !map.getLayer('planner-scenario-gained')) return;
    map.setFilter('planner-scenario-gained', ['in', ['get', 'id'], ['literal', gained.map((c) => Number(c.residentialAreaId))]]);
    map.setFilter('planner-scenario-lost', ['in', ['get', 'id'], ['literal', lost.map((c) => Number(c.residentialAreaId))]]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed from `result`, which is what changes
  }, [map, result]);
  return (
    <section className="cc-panel" data-testid="scenario-panel">
      <h3>{t('scenario')}</h3>
      <p className="cc-muted">
        {t('scenarioHint')} {t('scenarioNote')}
      </p>
      <div className="cc-row">
        <button type="button" className={active ? 'cc-primary' : undefined} onClick={() => setActive(!active)}>
          {active ? t('scenarioOff') : t('scenarioOn')}
        </button>
        <span>
          {t('scenarioAdded', { n: added.length })} · {t('scenarioClosed', { n: closed.length })}
        </span>
      </div>
      <div className="cc-row" style={{ marginTop: 6 }}>
        <button
          type="button"
          disabled={!changes.length || loading}
          onClick={() => void compare({ variables: { changes, minutes: walking.minutes, speed: walking.speed } })}
        >
          {loading ? t('computing') : t('scenarioCompare')}
        </button>
        <button
          type="button"
          disabled={!changes.length}
          onClick={() => {
            setAdded([]);
            setClosed([]);
          }}
        >
          {t('scenarioReset')}
        </button>
      </div>
      {error && <ErrorPanel error={error} />}
      {result && (
        <dl className="cc-figures" data-testid="scenario-result">
          <dt>{t('scenarioBefore')}</dt>
          <dd>
            {pct(main(result.baseline)?.share)} ({n(main(result.baseline)?.coveredOlder)})
          </dd>
          <dt>{t('scenarioAfter')}</dt>
          <dd>
            {pct(main(result.scenario)?.share)} ({n(main(result.scenario)?.coveredOlder)})
          </dd>
          <dt>{t('circles')}</dt>
          <dd>
            {n(result.baseline.completeCircles)} → {n(result.scenario.completeCircles)}
          </dd>
          <dd style={{ gridColumn: '1 / span 2', textAlign: 'left' }} data-testid="scenario-gained">
            <span style={{ color: '#2b8a3e' }}>▲ {t('scenarioGained', { older: n(sum(gained)), areas: gained.length })}</span>
          </dd>
          <dd style={{ gridColumn: '1 / span 2', textAlign: 'left' }} data-testid="scenario-lost">
            <span style={{ color: '#c92a2a' }}>▼ {t('scenarioLost', { older: n(sum(lost)), areas: lost.length })}</span>
          </dd>
          <dd style={{ gridColumn: '1 / span 2', textAlign: 'left' }} className="cc-muted">
            {t('scenarioChanged', {
              n: new Set(result.changedAreas.filter((c) => c.group === 'STATION_OR_CENTER').map((c) => c.residentialAreaId)).size,
              older: n(sum(gained) - sum(lost)),
            })}
          </dd>
        </dl>
      )}
    </section>
  );
}
