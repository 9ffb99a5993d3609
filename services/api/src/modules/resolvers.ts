import { AgreementResolver } from './agreements/agreement.resolver.js';
import { EmergencyResponseResolver } from './agreements/emergency-response.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import * as coverage from './coverage/index.js';
import { DashboardResolver } from './dashboard/dashboard.resolver.js';
import { DivisionResolver } from './divisions/division.resolver.js';
import { FacilityChangeResolver, ReviewInboxResolver } from './facilities/facility-review.resolver.js';
import { FacilityResolver } from './facilities/facility.resolver.js';
import { PoiResolver } from './hubs/poi.resolver.js';
import { MedicalResolver } from './medical/medical.resolver.js';
import { ResidentsResolver } from './residents/residents.resolver.js';
import * as scenarios from './scenarios/index.js';
import * as siteSelection from './site-selection/index.js';
import { UsersResolver } from './users/users.resolver.js';
import { ViewerResolver } from './users/viewer.resolver.js';
import * as walking from './walking/index.js';
import * as workforce from './workforce/index.js';

/** Every GraphQL resolver. */
export const resolvers = [
  DivisionResolver,
  FacilityResolver,
  FacilityChangeResolver,
  ReviewInboxResolver,
  PoiResolver,
  MedicalResolver,
  AgreementResolver,
  EmergencyResponseResolver,
  ResidentsResolver,
  DashboardResolver,
  ...walking.resolvers,
  ...coverage.resolvers,
  ...siteSelection.resolvers,
  ...scenarios.resolvers,
  UsersResolver,
  ViewerResolver,
  AuditResolver,
  ...workforce.resolvers,
] as const;
