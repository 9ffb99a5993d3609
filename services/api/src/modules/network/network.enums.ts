import { COVERAGE_PROFILE, WALKING, WALKING_PROFILES } from '@carecircle/domain';
import { registerEnumType } from 'type-graphql';

/** What a distance was measured along. */
export enum DistanceMethod {
  NETWORK = 'NETWORK',
  STRAIGHT_LINE = 'STRAIGHT_LINE',
}
registerEnumType(DistanceMethod, {
  name: 'DistanceMethod',
  description: 'How a distance was measured.',
  valuesConfig: {
    NETWORK: { description: 'Along the walking network (步行路网距离).' },
    STRAIGHT_LINE: {
      description: `Straight-line geodesic distance: a fallback where no network is loaded or the point is more than ${WALKING.maxSnapMeters} m from any street (直线距离，仅作后备).`,
    },
  },
});

/** Who is walking (the domain's `WALKING_PROFILES`): how a street turns into walking time. */
export enum WalkProfile {
  STANDARD = 'STANDARD',
  ELDERLY = 'ELDERLY',
  WHEELCHAIR = 'WHEELCHAIR',
}
/** The profile coverage-type analyses use unless asked otherwise (the domain's `COVERAGE_PROFILE`). */
export const COVERAGE_WALK_PROFILE = WalkProfile[COVERAGE_PROFILE];

registerEnumType(WalkProfile, {
  name: 'WalkProfile',
  description:
    'Who is walking: how each street turns into walking time. Thresholds stay in minutes; `meters` is the walked length of the chosen path and `minutes` its time under the profile.',
  valuesConfig: {
    STANDARD: { description: 'Distance ÷ speed on every street, as measured before profiles (标准：距离÷步速).' },
    ELDERLY: {
      description: `An older person (老年人): ${WALKING_PROFILES.ELDERLY.flatSpeed} m/s on the flat; slopes slow them down by Tobler's hiking function, never speed them up; every stair step costs ${WALKING_PROFILES.ELDERLY.stepSeconds} s more. Without an elevation model only tagged inclines count as slopes.`,
    },
    WHEELCHAIR: {
      description: `A wheelchair user (轮椅): never a stairway (highway=steps) nor a way tagged wheelchair=no; streets steeper than 1:12 where the incline is known are left out; slopes slow as for ELDERLY.`,
    },
  },
});
