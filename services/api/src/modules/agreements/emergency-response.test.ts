import { describe, expect, it } from 'vitest';
import { DEFAULT_EMERGENCY_RESPONSE_METERS, emergencyResponseMeters } from './emergency-response.js';

describe('emergencyResponseMeters', () => {
  it('is 5 km unless EMERGENCY_RESPONSE_METERS sets it', () => {
    expect(emergencyResponseMeters({})).toBe(DEFAULT_EMERGENCY_RESPONSE_METERS);
    expect(emergencyResponseMeters({ EMERGENCY_RESPONSE_METERS: '3000' })).toBe(3000);
  });
  it('refuses a value that is not a distance between 100 m and 100 km, naming the variable', () => {
    for (const bad of ['abc', '0', '50', '200000', '-1'])
      expect(() => emergencyResponseMeters({ EMERGENCY_RESPONSE_METERS: bad })).toThrow(/EMERGENCY_RESPONSE_METERS/);
  });
});
