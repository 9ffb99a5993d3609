import type { Rng } from './random.js';

/** The 11 streets (街道) with a rough synthetic position of their centre, in km from the origin. */
export const STREETS: ReadonlyArray<{ name: string; at: [number, number] }> = [
  { name: '龙溪街道', at: [-9, -13] },
  { name: '龙山街道', at: [-12, -11] },
  { name: '龙塔街道', at: [-6.5, -10.5] },
  { name: '人和街道', at: [-13.5, -7.5] },
  { name: '大竹林街道', at: [-17.5, -7] },
  { name: '悦来街道', at: [-18.5, -2.5] },
  { name: '双龙湖街道', at: [-8, -6.5] },
  { name: '回兴街道', at: [-4, -8] },
  { name: '两路街道', at: [-3, -3] },
  { name: '双凤桥街道', at: [0, -6] },
  { name: '仙桃街道', at: [-9.5, -2.5] },
];

/** The 11 towns (镇) with a rough synthetic position of the town seat, in km from the origin. */
export const TOWNS: ReadonlyArray<{ name: string; at: [number, number] }> = [
  { name: '古路镇', at: [-16, 6] },
  { name: '木耳镇', at: [-7, 5] },
  { name: '兴隆镇', at: [-1, 10] },
  { name: '大湾镇', at: [-9, 13] },
  { name: '茨竹镇', at: [1, 16] },
  { name: '大盛镇', at: [8, 13] },
  { name: '统景镇', at: [15, 9] },
  { name: '洛碛镇', at: [19, -2] },
  { name: '石船镇', at: [10, 3] },
  { name: '龙兴镇', at: [7, -8] },
  { name: '玉峰山镇', at: [1, -15] },
];

/** Communities that must exist (new stations were built there 2022–24). */
export const REQUIRED_COMMUNITIES: Readonly<Record<string, string[]>> = {
  回兴街道: ['康晖路社区'],
  仙桃街道: ['和庆路社区', '黄山社区', '秋成社区'],
};
/** Villages that must exist. */
export const REQUIRED_VILLAGES: Readonly<Record<string, string[]>> = {
  木耳镇: ['金岗村'],
};

const URBAN = '金龙宝新桂兰松桃荷紫锦星湖云嘉华泰安宏兴渝双凤翠碧春秋和康晖庆长青竹梅杉柏榕枫鹤鹏祥瑞盛丰泽源汇融恒信';
const RURAL = '石坪塘湾桥堡岭坝林沟庙垭河田院冲岩口山花竹柏桂龙凤高新联合兴胜利福寿安乐和平光明星金银玉水清华太白红青茶梨桃杨柳';
const AREA_SUFFIX = ['花园', '小区', '苑', '家园', '公寓', '新村', '雅居', '华庭', '名都', '佳园', '丽景', '城'];
const HAMLET_SUFFIX = ['组', '湾', '院子', '坝', '坪', '岗'];

/** Picks unique names: two characters from a pool plus a suffix. */
export class NamePool {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  reserve(name: string): void {
    this.used.add(name);
  }

  private make(pool: string, suffix: string): string {
    for (let tries = 0; tries < 400; tries++) {
      const a = pool[this.rng.int(0, pool.length - 1)]!;
      const b = pool[this.rng.int(0, pool.length - 1)]!;
      if (a === b) continue;
      const name = a + b + suffix;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    for (let k = 2; ; k++) {
      const name = `${pool[k % pool.length]}${pool[(k * 7) % pool.length]}${k}${suffix}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }

  community(): string {
    return this.make(URBAN, '社区');
  }

  village(): string {
    return this.make(RURAL, '村');
  }

  compound(): string {
    return this.make(URBAN, this.rng.pick(AREA_SUFFIX));
  }

  hamlet(): string {
    return this.make(RURAL, this.rng.pick(HAMLET_SUFFIX));
  }

  road(kind: 'secondary' | 'tertiary' | 'residential' | 'rural'): string {
    const suffix =
      kind === 'secondary' ? '大道' : kind === 'tertiary' ? '路' : kind === 'rural' ? '公路' : this.rng.pick(['街', '支路', '巷']);
    return this.make(kind === 'rural' ? RURAL : URBAN, suffix);
  }
}

/** The stem of a place name without its level suffix ('龙溪街道' → '龙溪'). */
export function stem(name: string): string {
  return name.replace(/(街道|社区|镇|村)$/, '');
}
