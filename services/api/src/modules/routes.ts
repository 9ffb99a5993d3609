import type { RouteRegistrar } from '../server.js';
import { requireAction } from '../request/rest.js';
import { auditRoutes } from './audit/audit.routes.js';
import { importRoutes } from './imports/import.routes.js';
import { registerTileRoutes } from './tiles/index.js';
import { workforceRoutes } from './workforce/workforce.routes.js';

/**
 * HTTP routes of the modules besides GraphQL (mounted by the server before the admin app). Each is
 * guarded by `requireAction` and answers errors in the API's format (`{ errors: [{ message,
 * extensions: { code } }] }`).
 */
export const routes: RouteRegistrar[] = [
  // The basemap tiles carry residents' data: signed-in users who may read the registry only.
  (app, orm) => app.use('/tiles', requireAction(orm, 'registry:read')),
  registerTileRoutes,
  auditRoutes,
  importRoutes,
  workforceRoutes,
];
