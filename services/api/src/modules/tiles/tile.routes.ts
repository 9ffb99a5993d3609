import { createHash } from 'node:crypto';
import { sendCaught, sendError } from '../../request/rest.js';
import type { RouteRegistrar } from '../../server.js';
import { requestLang, t } from '../../shared/i18n.js';
import { TileCache } from './tile-cache.js';
import { renderTile, tileRevision, validTile } from './tile.service.js';

/**
 * `GET /tiles/{z}/{x}/{y}.pbf`: the offline basemap (division boundaries, walking network,
 * residential areas) as Mapbox Vector Tiles, cached per tile and data revision.
 */
export const registerTileRoutes: RouteRegistrar = (app, orm) => {
  const cache = new TileCache();
  // The embedded database is a single session: render one tile at a time, in request order.
  let queue: Promise<unknown> = Promise.resolve();
  app.get('/tiles/:z/:x/:file', async (req, res) => {
    const match = /^(\d+)\.pbf$/.exec(req.params.file);
    const key = { z: Number(req.params.z), x: Number(req.params.x), y: match ? Number(match[1]) : NaN };
    if (!match || !validTile(key)) {
      sendError(res, 'NOT_FOUND', t(requestLang(req), 'tile.notFound'));
      return;
    }
    try {
      const revision = await tileRevision(orm);
      const etag = `"${createHash('sha1').update(revision).digest('hex').slice(0, 16)}-${key.z}-${key.x}-${key.y}"`;
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      const cacheKey = `${revision}/${key.z}/${key.x}/${key.y}`;
      let tile = cache.get(cacheKey);
      if (!tile) {
        const job = queue.then(() => renderTile(orm, key));
        queue = job.catch(() => undefined);
        tile = await job;
        cache.set(cacheKey, tile);
      }
      res.set({ 'content-type': 'application/vnd.mapbox-vector-tile', 'cache-control': 'no-cache', etag });
      res.send(Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength));
    } catch (err) {
      // Logged and masked: SQL never reaches a client.
      sendCaught(res, err, requestLang(req));
    }
  });
};
