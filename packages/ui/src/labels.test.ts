import { FACILITY_KIND_LIST, FACILITY_KINDS, MEDICAL_SYMBOL } from '@carecircle/domain';
import { describe, expect, it } from 'vitest';
import { FACILITY_SYMBOLS } from './facility-style.js';
import { FACILITY_KIND_LABELS, SERVICE_LABELS, label, valuesOf } from './labels.js';

describe('facility kinds come from the domain', () => {
  it('names every kind as the domain does, in both languages', () => {
    for (const kind of FACILITY_KIND_LIST) {
      expect(FACILITY_KIND_LABELS[kind]).toEqual({ 'zh-CN': FACILITY_KINDS[kind].label.zh, en: FACILITY_KINDS[kind].label.en });
      expect(label(kind, 'en')).toBe(FACILITY_KINDS[kind].label.en);
    }
  });
  it('draws every kind and medical institutions in the domain’s colours, each shape distinct', () => {
    for (const kind of FACILITY_KIND_LIST) expect(FACILITY_SYMBOLS[kind].color).toBe(FACILITY_KINDS[kind].symbol.color);
    expect(FACILITY_SYMBOLS.MEDICAL.color).toBe(MEDICAL_SYMBOL.color);
    const shapes = [...FACILITY_KIND_LIST.map((k) => FACILITY_KINDS[k].symbol.shape), MEDICAL_SYMBOL.shape];
    const paths = [...FACILITY_KIND_LIST.map((k) => FACILITY_SYMBOLS[k].path), FACILITY_SYMBOLS.MEDICAL.path];
    expect(new Set(paths).size).toBe(new Set(shapes).size);
  });
});

describe('label', () => {
  it('names enumeration values in the interface language, and shows unknown values as they are', () => {
    expect(label('MEALS', 'zh-CN')).toBe('助餐');
    expect(label('TERMINATED', 'en')).toBe('Terminated');
    expect(label('SOMETHING_NEW', 'en')).toBe('SOMETHING_NEW');
    expect(label(null, 'en')).toBe('—');
  });
  it('lists a map’s values in its order, the order forms offer them', () => {
    expect(valuesOf(SERVICE_LABELS).slice(0, 3)).toEqual(['MEALS', 'BATHING', 'CLEANING']);
  });
});
