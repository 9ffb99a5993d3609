import { SaxesParser } from 'saxes';
import { OsmNetworkCollector, type OsmImportResult } from './osm-network.js';
import type { OsmProfileOptions } from './osm-profile.js';

/**
 * Imports an OSM XML extract (`.osm`) as a walking graph, with a report of the ways left out.
 *
 * @example
 * const { graph, ignoredWays } = parseOsmXml(readFileSync('chengdu.osm'));
 * ignoredWays; // { 'no highway tag': 1850, 'highway=trunk': 55, 'foot=no': 3, ... }
 */
export function parseOsmXml(input: string | Uint8Array, options: OsmProfileOptions = {}): OsmImportResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('parseOsmXml: input must be a string or a Buffer / Uint8Array');
  }
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const collector = new OsmNetworkCollector(options);
  const parser = new SaxesParser();
  let sawOsm = false;
  let way: { id: number; refs: number[]; tags: Record<string, string> } | null = null;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'osm':
        sawOsm = true;
        break;
      case 'node': {
        const lon = Number(a.lon),
          lat = Number(a.lat);
        if (a.id !== undefined && Number.isFinite(lon) && Number.isFinite(lat)) collector.addNode(Number(a.id), lon, lat);
        break;
      }
      case 'way':
        way = { id: Number(a.id), refs: [], tags: {} };
        break;
      case 'nd':
        if (way && a.ref !== undefined) way.refs.push(Number(a.ref));
        break;
      case 'tag':
        if (way && a.k !== undefined) way.tags[a.k] = a.v ?? '';
        break;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'way' && way) {
      collector.addWay(way.id, way.refs, way.tags);
      way = null;
    }
  });
  try {
    parser.write(text).close();
  } catch (err) {
    throw new Error(`parseOsmXml: not well-formed XML: ${(err as Error).message}`);
  }
  if (!sawOsm) throw new Error('parseOsmXml: no <osm> root element; is this an OSM XML file?');
  return collector.finish();
}
