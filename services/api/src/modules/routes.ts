import type { RouteRegistrar } from '../server.js';
import { requireSession } from '../request/require-session.js';
import { auditRoutes } from './audit/audit.routes.js';
import { importRoutes } from './imports/import.routes.js';
import { registerTileRoutes } from './tiles/index.js';

/** HTTP routes of the modules besides GraphQL (mounted by the server before the admin app). */
export const routes: RouteRegistrar[] = [
  // The basemap tiles carry residents' data: signed-in users only.
  (app, orm) => app.use('/tiles', requireSession(orm)),
  registerTileRoutes,
  auditRoutes,
  importRoutes,
];
