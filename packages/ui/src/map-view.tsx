import { Map as MlMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { FACILITY_SYMBOLS, symbolImage, type SymbolKind } from './facility-style.js';
import { LOCAL_IDEOGRAPH_FONT, basemapStyle } from './basemap-style.js';
import { useMapDefaults } from './map-defaults.js';
import { useLang, type Lang } from './i18n.js';

/** The map's own control texts (the scale bar's units) in the interface language. */
const MAP_LOCALE: Record<Lang, Record<string, string>> = {
  'zh-CN': { 'ScaleControl.Meters': '米', 'ScaleControl.Kilometers': '公里' },
  en: { 'ScaleControl.Meters': 'm', 'ScaleControl.Kilometers': 'km' },
};

export interface MapViewProps {
  /** Called once the style has loaded; add sources and layers here. */
  onReady: (map: MlMap) => void;
  className?: string;
  /** Accessible name of the map region. */
  label?: string;
}

/** Draws the symbols of every kind as map images, so no sprite sheet is fetched. */
export function addSymbolImages(map: MlMap): void {
  const size = 40;
  for (const [kind, symbol] of Object.entries(FACILITY_SYMBOLS)) {
    const name = symbolImage(kind as SymbolKind);
    if (map.hasImage(name)) continue;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    ctx.scale(size / 20, size / 20);
    const path = new Path2D(symbol.path);
    ctx.fillStyle = symbol.color;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.6;
    ctx.stroke(path);
    ctx.fill(path);
    map.addImage(name, ctx.getImageData(0, 0, size, size), { pixelRatio: 2 });
  }
}

/** A MapLibre map on the offline basemap, opened where the shell's map defaults say. */
export function MapView({ onReady, className, label }: MapViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const defaults = useMapDefaults();
  const lang = useLang();
  const langRef = useRef(lang);
  langRef.current = lang;
  const readyRef = useRef(onReady);
  readyRef.current = onReady;
  useEffect(() => {
    if (!ref.current) return;
    const map = new MlMap({
      container: ref.current,
      style: basemapStyle(defaults.tilesUrl, defaults.rasterUrl),
      center: defaults.center,
      zoom: defaults.zoom,
      attributionControl: false,
      locale: MAP_LOCALE[langRef.current],
      // Chinese names are drawn with the browser's fonts; only Latin glyph ranges are shipped.
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT,
      // Keeps the last frame readable, so the map can be exported as PNG.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    // Reachable from the map's element, for browser tests that click places by coordinates.
    (ref.current as HTMLDivElement & { map?: MlMap }).map = map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.on('load', () => {
      addSymbolImages(map);
      readyRef.current(map);
    });
    return () => map.remove();
  }, [defaults]);
  return <div ref={ref} className={className ?? 'cc-map'} role="region" aria-label={label} data-testid="map" />;
}
