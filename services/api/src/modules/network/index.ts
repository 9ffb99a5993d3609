import { RoadSegment } from './road-segment.entity.js';

export { DistanceMethod } from './network.enums.js';
export { snapOptions, snapToStreet } from './snap-policy.js';
export { WalkingNetwork, readRevisions, type LoadedNetwork, type Revisions } from './walking-network.js';
export { WalkingDataCache, straightNearest, type Demand, type GroupDistances, type Site, type WalkingData } from './walking-data.js';

/** The walking network's entities (no GraphQL of its own: the walking, coverage, site-selection and scenario modules use it). */
export const entities = [RoadSegment];
export const resolvers = [] as const;
