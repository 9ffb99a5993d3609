import { Role, ROLE_LIST, ROLES } from '@carecircle/domain';
import { registerEnumType } from 'type-graphql';

export { Role };

registerEnumType(Role, {
  name: 'Role',
  description: 'Role of a user account.',
  valuesConfig: Object.fromEntries(ROLE_LIST.map((r) => [r, { description: ROLES[r].description }])),
});
