import { CareAgreement } from './agreements/care-agreement.entity.js';
import { Session } from './users/session.entity.js';
import { User } from './users/user.entity.js';
import { Division } from './divisions/division.entity.js';
import { FacilityChange } from './facilities/facility-change.entity.js';
import { Capacity, Facility, Operator } from './facilities/facility.entity.js';
import { PointOfInterest } from './hubs/point-of-interest.entity.js';
import { MedicalInstitution } from './medical/medical-institution.entity.js';
import * as network from './network/index.js';
import { ResidentialArea } from './residents/residential-area.entity.js';
import * as scenarios from './scenarios/index.js';
import * as workforce from './workforce/index.js';

/** Every ORM entity and embeddable. */
export const entities = [
  Division,
  Facility,
  FacilityChange,
  Operator,
  Capacity,
  PointOfInterest,
  MedicalInstitution,
  CareAgreement,
  ResidentialArea,
  ...network.entities,
  ...scenarios.entities,
  ...workforce.entities,
  User,
  Session,
];
