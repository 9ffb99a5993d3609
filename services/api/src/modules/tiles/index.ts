export { registerTileRoutes } from './tile.routes.js';
export { encodeTile } from './mvt-encoder.js';
