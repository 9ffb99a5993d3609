import { Field, ID, InputType } from 'type-graphql';
import { LonLatInput } from '../../shared/scalars.js';
import { FacilityKind } from '../facilities/facility.enums.js';

@InputType({ description: 'One change of a what-if scenario; the registry itself is never touched.' })
export class ScenarioChangeInput {
  @Field(() => String, { description: 'ADD a facility, MOVE one, or CLOSE one.' })
  action!: 'ADD' | 'MOVE' | 'CLOSE';

  @Field(() => ID, { nullable: true, description: 'The facility to move or close.' })
  facilityId?: string | null;

  @Field(() => FacilityKind, { nullable: true, description: 'Kind of an added facility.' })
  kind?: FacilityKind | null;

  @Field(() => String, { nullable: true, description: 'Name of an added facility (for display).' })
  name?: string | null;

  @Field(() => LonLatInput, { nullable: true, description: 'Location of an added or moved facility (WGS84).' })
  location?: LonLatInput | null;
}
