import { WALKING } from '@carecircle/domain';
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
