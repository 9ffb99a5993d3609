import type { RouteRegistrar } from '../server.js';

/** HTTP routes of the modules besides GraphQL (mounted by the server before the admin app). */
export const routes: RouteRegistrar[] = [];
