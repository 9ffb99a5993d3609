import { registerEnumType } from 'type-graphql';

/** What a user may do. */
export enum Role {
  ADMIN = 'ADMIN',
  PLANNER = 'PLANNER',
  STREET_OFFICE = 'STREET_OFFICE',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  HEALTH_BUREAU = 'HEALTH_BUREAU',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Role of a user account.',
  valuesConfig: {
    ADMIN: { description: '系统管理员: everything, accounts included.' },
    PLANNER: { description: '规划人员: reads everything, runs analyses and scenarios, maintains residential data.' },
    STREET_OFFICE: { description: '街道办/镇政府: registers and edits facilities inside its own division.' },
    CIVIL_AFFAIRS: { description: '区民政局: approves or rejects submitted facilities, closes facilities.' },
    HEALTH_BUREAU: { description: '区卫健委: medical institutions and agreements.' },
    VIEWER: { description: '只读: reads only.' },
  },
});

/** Role groups used by the resolvers' @Authorized decorators (ADMIN may always act). */
export const ROLES = {
  anyone: [] as Role[],
  analysts: [Role.PLANNER],
  registrars: [Role.STREET_OFFICE],
  approvers: [Role.CIVIL_AFFAIRS],
  health: [Role.HEALTH_BUREAU],
  planningData: [Role.PLANNER],
  admin: [Role.ADMIN],
};
