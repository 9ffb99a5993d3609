import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { LOCAL_IDEOGRAPH_FONT } from './basemap-style.js';
import { saveBlob } from './downloads.js';
import { FACILITY_SYMBOLS } from './facility-style.js';
import type { Lang } from './i18n.js';
import type { LegendItem } from './legend.js';

/** A scale bar: a round distance and its length on screen (CSS pixels) at the map's centre. */
export interface ScaleBar {
  meters: number;
  px: number;
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ m) that fits in `maxPx` CSS pixels at the vertical
 * centre of the map, measured as MapLibre's own scale control measures it.
 * @example scaleBar(map) // { meters: 500, px: 96.3 }
 */
export function scaleBar(map: MlMap, maxPx = 120): ScaleBar {
  const y = map.getContainer().clientHeight / 2;
  const x = map.getContainer().clientWidth / 2;
  const metersPerMaxPx = map.unproject([x - maxPx / 2, y]).distanceTo(map.unproject([x + maxPx / 2, y]));
  const pow = 10 ** Math.floor(Math.log10(metersPerMaxPx));
  const step = [5, 2, 1].find((s) => s * pow <= metersPerMaxPx) ?? 1;
  const meters = step * pow;
  return { meters, px: (maxPx * meters) / metersPerMaxPx };
}

/**
 * A distance for a scale bar in the interface language: metres below 1 km, kilometres above.
 * @example scaleLabel(500, 'zh-CN') // '500 米'; scaleLabel(2000, 'en') // '2 km'
 */
export function scaleLabel(meters: number, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang);
  if (meters >= 1000) return lang === 'en' ? `${nf.format(meters / 1000)} km` : `${nf.format(meters / 1000)} 公里`;
  return lang === 'en' ? `${nf.format(meters)} m` : `${nf.format(meters)} 米`;
}

/** What a composed map image carries besides the map. */
export interface MapImageOptions {
  title: string;
  /** Lines under the title: scope, date, data revision, walking threshold. */
  lines: string[];
  legendTitle: string;
  legend: LegendItem[];
  /** The letter of the north arrow ('北', 'N'). */
  north: string;
  lang: Lang;
}

const FONT = LOCAL_IDEOGRAPH_FONT;

/**
 * The map's current frame composed on a canvas with a title, the lines under it, a legend beside
 * the map, a scale bar and a north arrow (turned with the map's bearing). Nothing is fetched:
 * the map's own canvas (kept readable by `preserveDrawingBuffer`) is drawn into it.
 */
export function composeMapImage(map: MlMap, o: MapImageOptions): HTMLCanvasElement {
  const src = map.getCanvas();
  const r = src.width / Math.max(1, src.clientWidth || src.width);
  const k = (v: number) => v * r;
  const headerH = k(30 + 18 * o.lines.length + 12);
  const legendW = k(220);
  const rowH = k(20);
  const legendH = k(40) + rowH * o.legend.length;
  const out = document.createElement('canvas');
  out.width = src.width + legendW;
  out.height = headerH + Math.max(src.height, legendH) + k(8);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1d2433';
  ctx.font = `bold ${k(20)}px ${FONT}`;
  ctx.fillText(o.title, k(12), k(20));
  ctx.font = `${k(13)}px ${FONT}`;
  ctx.fillStyle = '#4a5163';
  o.lines.forEach((line, i) => ctx.fillText(line, k(12), k(44) + k(18) * i));

  // The map, framed.
  const top = headerH;
  ctx.drawImage(src, 0, top);
  ctx.strokeStyle = '#8a93a6';
  ctx.lineWidth = k(1);
  ctx.strokeRect(k(0.5), top + k(0.5), src.width - k(1), src.height - k(1));

  // Scale bar, bottom left of the map.
  const bar = scaleBar(map);
  const bx = k(16);
  const by = top + src.height - k(22);
  const barLabel = scaleLabel(bar.meters, o.lang);
  ctx.font = `${k(12)}px ${FONT}`;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(bx - k(6), by - k(18), k(bar.px) + k(20) + ctx.measureText(barLabel).width, k(30));
  ctx.fillStyle = '#1d2433';
  ctx.fillRect(bx, by, k(bar.px), k(4));
  ctx.fillRect(bx, by - k(6), k(2), k(10));
  ctx.fillRect(bx + k(bar.px) - k(2), by - k(6), k(2), k(10));
  ctx.fillText(barLabel, bx + k(bar.px) + k(8), by);

  // North arrow, top right of the map, turned with the map; its letter above it.
  const cx = src.width - k(32);
  const cy = top + k(40);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.beginPath();
  ctx.arc(cx, cy, k(24), 0, Math.PI * 2);
  ctx.fill();
  ctx.font = `bold ${k(12)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillStyle = '#1d2433';
  ctx.fillText(o.north, cx, cy - k(13));
  ctx.textAlign = 'left';
  ctx.save();
  ctx.translate(cx, cy + k(8));
  ctx.rotate((-map.getBearing() * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -k(10));
  ctx.lineTo(k(6), k(9));
  ctx.lineTo(0, k(5));
  ctx.lineTo(-k(6), k(9));
  ctx.closePath();
  ctx.fill();
  ctx.restore();

  // Legend beside the map.
  const lx = src.width + k(14);
  let ly = top + k(16);
  ctx.fillStyle = '#1d2433';
  ctx.font = `bold ${k(14)}px ${FONT}`;
  ctx.fillText(o.legendTitle, lx, ly);
  ly += k(24);
  ctx.font = `${k(12)}px ${FONT}`;
  for (const item of o.legend) {
    const sym = item.kind ? FACILITY_SYMBOLS[item.kind] : undefined;
    if (sym) {
      ctx.save();
      ctx.translate(lx, ly - k(8));
      ctx.scale(k(16) / 20, k(16) / 20);
      const p = new Path2D(sym.path);
      ctx.fillStyle = sym.color;
      ctx.fill(p);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.2;
      ctx.stroke(p);
      ctx.restore();
    } else {
      ctx.fillStyle = item.color ?? '#999';
      if (item.shape === 'line') ctx.fillRect(lx, ly - k(1.5), k(16), k(3));
      else if (item.shape === 'dot') {
        ctx.beginPath();
        ctx.arc(lx + k(8), ly, k(5), 0, Math.PI * 2);
        ctx.fill();
      } else ctx.fillRect(lx, ly - k(7), k(16), k(14));
    }
    ctx.fillStyle = '#1d2433';
    ctx.fillText(item.label, lx + k(24), ly, legendW - k(46));
    ly += rowH;
  }
  return out;
}

/** Saves the composed map (title, legend, scale bar, north arrow, date) as a PNG file. */
export function saveMapImage(map: MlMap, fileName: string, o: MapImageOptions): Promise<void> {
  const canvas = composeMapImage(map, o);
  return new Promise((resolve) =>
    canvas.toBlob((blob) => {
      if (blob) saveBlob(blob, fileName);
      resolve();
    }, 'image/png'),
  );
}

/** A north arrow, turned with the map's bearing (for printed maps). */
export function NorthArrow({ letter, bearing = 0 }: { letter: string; bearing?: number }) {
  return (
    <svg className="cc-north-arrow" width="40" height="48" viewBox="0 0 40 48" role="img" aria-label={letter} data-testid="north-arrow">
      <text x="20" y="11" textAnchor="middle" fontSize="11" fontWeight="bold" fill="#1d2433">
        {letter}
      </text>
      <g transform={`rotate(${-bearing} 20 30)`}>
        <path d="M20 14 L28 40 L20 34 L12 40 Z" fill="#1d2433" />
      </g>
    </svg>
  );
}

/** A scale bar for printed maps: a round distance and its length at the map's centre. */
export function ScaleBarView({ bar, lang }: { bar: ScaleBar; lang: Lang }) {
  return (
    <div className="cc-scale-bar" data-testid="scale-bar">
      <span className="cc-scale-bar-line" style={{ width: bar.px }} />
      <span>{scaleLabel(bar.meters, lang)}</span>
    </div>
  );
}

/** The map's scale bar, kept current as the map moves. */
export function useScaleBar(map: MlMap | null): ScaleBar | null {
  const [bar, setBar] = useState<ScaleBar | null>(null);
  useEffect(() => {
    if (!map) return;
    const update = () => setBar(scaleBar(map));
    update();
    map.on('moveend', update);
    map.on('resize', update);
    return () => {
      map.off('moveend', update);
      map.off('resize', update);
    };
  }, [map]);
  return bar;
}
