import type { RouteRegistrar } from '../server.js';
import { registerTileRoutes } from './tiles/index.js';

/** HTTP routes of the modules besides GraphQL (mounted by the server before the admin app). */
export const routes: RouteRegistrar[] = [registerTileRoutes];
