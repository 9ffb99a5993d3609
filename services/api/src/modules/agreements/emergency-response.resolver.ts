import type { Action } from '@carecircle/domain';
import { Authorized, Float, Query, Resolver } from 'type-graphql';
import { emergencyResponseMeters } from './emergency-response.js';

@Resolver()
export class EmergencyResponseResolver {
  @Authorized<Action>('registry:read')
  @Query(() => Float, {
    description:
      'The emergency-response distance in metres (EMERGENCY_RESPONSE_METERS, default 5,000): agreements whose parties are further apart are flagged.',
  })
  emergencyResponseMeters(): number {
    return emergencyResponseMeters();
  }
}
