import { format } from '@carecircle/ui';
import { describe, expect, it } from 'vitest';
import { coverageMessages } from '../coverage/coverage-messages.js';
import { exportFileName, walkingParamsSheet } from './walking-params.js';

const zh = (k: keyof (typeof coverageMessages)['zh-CN'], p?: Record<string, string | number>) => format(coverageMessages['zh-CN'][k], p);
const en = (k: keyof (typeof coverageMessages)['en'], p?: Record<string, string | number>) => format(coverageMessages.en[k], p);
const at = new Date('2026-12-01T08:00:00Z');

describe('exports of walking analyses', () => {
  it('name the profile in the file name', () => {
    expect(exportFileName('各街镇覆盖排名', { profile: 'WHEELCHAIR' }, zh, at)).toBe('各街镇覆盖排名-轮椅使用者-2026-12-01');
    expect(exportFileName('Gap zones ranked', { profile: 'ELDERLY' }, en, at)).toBe('Gap zones ranked-Older person-2026-12-01');
  });

  it('list the walking parameters, the profile explained and the elevation model on a sheet of their own', () => {
    const sheet = walkingParamsSheet(
      { minutes: 15, speed: 1, profile: 'WHEELCHAIR', staffedOnly: false },
      { scope: '渝北区', elevationLoaded: false, revision: 42 },
      zh,
      'zh-CN',
      at,
    );
    expect(sheet.name).toBe('计算条件');
    expect(sheet.header).toEqual(['项目', '取值']);
    expect(sheet.rows.slice(0, -1)).toEqual([
      ['范围', '渝北区'],
      ['步行时间（分钟）', 15],
      ['步速（米/秒）', 1],
      ['步行人群', '轮椅使用者'],
      ['步行人群说明', coverageMessages['zh-CN'].profileWheelchairHint],
      ['高程数据', '未载入（坡道按平地计算，已标注坡度的路段除外）'],
      ['仅计有持证护理员的站点', '否'],
      ['数据版本', 42],
    ]);
    expect(sheet.rows.at(-1)![0]).toBe('导出时间');
  });

  it('leave out what an analysis does not have (staffed facilities only, elevation unknown, scope)', () => {
    const sheet = walkingParamsSheet({ minutes: 10, speed: 0.8, profile: 'ELDERLY' }, {}, en, 'en', at);
    expect(sheet.rows.map((r) => r[0])).toEqual([
      'Walking time (minutes)',
      'Speed (m/s)',
      'Walking profile',
      'About the profile',
      'Exported at',
    ]);
  });
});
