/** Default emergency-response distance between an agreement's parties, in metres. */
export const DEFAULT_EMERGENCY_RESPONSE_METERS = 5000;

/**
 * The emergency-response distance the health bureau works with: `EMERGENCY_RESPONSE_METERS` from the
 * environment (100..100,000 m), otherwise 5 km. An agreement whose parties are further apart along
 * the walking network (or in a straight line, where no network distance is known) is flagged.
 */
export function emergencyResponseMeters(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.EMERGENCY_RESPONSE_METERS;
  if (raw == null || raw === '') return DEFAULT_EMERGENCY_RESPONSE_METERS;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 100 || v > 100_000)
    throw new Error(`EMERGENCY_RESPONSE_METERS must be a distance in metres between 100 and 100000, not "${raw}"`);
  return v;
}
