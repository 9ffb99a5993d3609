import { Migration20261122000000Init } from './Migration20261122000000Init.js';
import { Migration20261122010000Revisions } from './Migration20261122010000Revisions.js';
import { Migration20261122020000Scenarios } from './Migration20261122020000Scenarios.js';
import { Migration20261122030000Accounts } from './Migration20261122030000Accounts.js';
import { Migration20261201000000AuditEvents } from './Migration20261201000000AuditEvents.js';
import { Migration20261210000000Workforce } from './Migration20261210000000Workforce.js';
import { Migration20261211000000FacilityChanges } from './Migration20261211000000FacilityChanges.js';
import { Migration20261212000000ScenarioNames } from './Migration20261212000000ScenarioNames.js';
import { Migration20261212010000RoadProfileTags } from './Migration20261212010000RoadProfileTags.js';
import { Migration20261213000000TalentLibraries } from './Migration20261213000000TalentLibraries.js';

/** Every migration, in order. Listed explicitly so they run from sources and from dist alike. */
export const migrationsList = [
  { name: 'Migration20261122000000Init', class: Migration20261122000000Init },
  { name: 'Migration20261122010000Revisions', class: Migration20261122010000Revisions },
  { name: 'Migration20261122020000Scenarios', class: Migration20261122020000Scenarios },
  { name: 'Migration20261122030000Accounts', class: Migration20261122030000Accounts },
  { name: 'Migration20261201000000AuditEvents', class: Migration20261201000000AuditEvents },
  { name: 'Migration20261210000000Workforce', class: Migration20261210000000Workforce },
  { name: 'Migration20261211000000FacilityChanges', class: Migration20261211000000FacilityChanges },
  { name: 'Migration20261212000000ScenarioNames', class: Migration20261212000000ScenarioNames },
  { name: 'Migration20261212010000RoadProfileTags', class: Migration20261212010000RoadProfileTags },
  { name: 'Migration20261213000000TalentLibraries', class: Migration20261213000000TalentLibraries },
];
