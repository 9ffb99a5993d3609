import { WalkingResolver } from './walking.resolver.js';

export { walkingThreshold, type Threshold } from './threshold.js';
export { countAnalysis, MINUTES_ARG, SPEED_ARG } from './walking.inputs.js';

/** Walking from points and facilities: walkingAccess, isochrones, reach. */
export const entities = [] as const;
export const resolvers = [WalkingResolver] as const;
