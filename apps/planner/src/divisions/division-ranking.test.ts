import { describe, expect, it } from 'vitest';
import type { PlannerRankingQuery } from '../gql/graphql.js';
import { districtLoss, lossLegend, pointsText, rankingRows } from './division-ranking.js';

type Group = PlannerRankingQuery['coverage']['groups'][number];
const g = (group: Group['group'], coveredOlder: number, totalOlder: number): Group => ({
  __typename: 'GroupCoverage',
  group,
  coveredOlder,
  totalOlder,
  share: totalOlder ? coveredOlder / totalOlder : null,
});

/** A ranking answer of two streets: station or centre, medical and complete circle covered as given. */
function ranking(profile: 'STANDARD' | 'WHEELCHAIR', a: [number, number, number], b: [number, number, number]): PlannerRankingQuery {
  const child = (id: string, name: string, [s, m, c]: [number, number, number], total: number) => ({
    __typename: 'CoverageSummary' as const,
    division: { __typename: 'Division' as const, id, name, level: 'STREET' as const },
    completeCircles: 1,
    groups: [g('STATION_OR_CENTER', s, total), g('MEDICAL', m, total), g('COMPLETE_CIRCLE', c, total)],
  });
  return {
    __typename: 'Query',
    coverage: {
      __typename: 'CoverageSummary',
      profile,
      elevationLoaded: true,
      completeCircles: 2,
      circleTarget: 151,
      dataRevision: 7,
      division: { __typename: 'Division', id: '1', name: '渝北区' },
      groups: [g('STATION_OR_CENTER', a[0] + b[0], 3000), g('MEDICAL', a[1] + b[1], 3000), g('COMPLETE_CIRCLE', a[2] + b[2], 3000)],
      children: [child('11', '龙溪街道', a, 1000), child('12', '双凤桥街道', b, 2000)],
    },
  };
}

const t = (_k: string, p?: Record<string, string>) => `${p?.v ?? p?.to ?? ''}|${p?.from ?? ''}`;

describe('the ranking against STANDARD', () => {
  const standard = ranking('STANDARD', [900, 500, 400], [1800, 1000, 900]);
  const wheelchair = ranking('WHEELCHAIR', [850, 500, 380], [1300, 900, 600]);

  it('has no loss without STANDARD’s answer', () => {
    expect(rankingRows(wheelchair).map((r) => r.loss)).toEqual([null, null]);
    expect(districtLoss(wheelchair, undefined)).toBeNull();
  });

  it('gives each street the older residents STANDARD covers and the profile does not, and the drop of the share', () => {
    const rows = rankingRows(wheelchair, standard);
    expect(rows.map((r) => [r.name, r.covered, r.loss?.STATION_OR_CENTER])).toEqual([
      ['龙溪街道', 850, { older: 50, share: 0.05 }],
      ['双凤桥街道', 1300, { older: 500, share: 0.25 }],
    ]);
    expect(rows[1].loss?.MEDICAL).toEqual({ older: 100, share: 0.05 });
    expect(rows[0].loss?.MEDICAL).toEqual({ older: 0, share: 0 });
    expect(rows[1].loss?.COMPLETE_CIRCLE.older).toBe(300);
    expect(districtLoss(wheelchair, standard)?.STATION_OR_CENTER).toEqual({ older: 550, share: 550 / 3000 });
  });

  it('names the drop in percentage points and the loss classes in the interface language', () => {
    const zh = (k: string, p?: Record<string, string>) => (k === 'percentPoints' ? `${p!.v}个百分点` : k);
    expect(pointsText(0.0561, 'zh-CN', zh)).toBe('5.6个百分点');
    expect(pointsText(null, 'zh-CN', zh)).toBe('—');
    const legend = lossLegend('zh-CN', t);
    expect(legend.map((l) => l.label)).toEqual(['|', '2|', '5|2', '10|5', '20|10', '|20']);
    expect(new Set(legend.map((l) => l.color)).size).toBe(legend.length);
  });
});
