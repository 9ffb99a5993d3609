// Generates the SDF glyph PBFs MapLibre draws map labels with, from the open Noto Sans font of
// @fontsource/noto-sans, into public/glyphs/<font stack>/<range>.pbf (copied to dist by Vite).
// Only the Latin ranges are shipped: CJK ideographs are drawn in the browser with MapLibre's
// `localIdeographFontFamily`, so nothing is fetched from outside at run time.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';
import { PbfWriter as Pbf } from 'pbf';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The font stack name the basemap style asks for (`text-font`). */
export const FONT_STACK = 'Noto Sans Regular';
/** MapLibre's glyph metrics are at 24 px, with a 3 px border and an 8 px SDF radius. */
const SIZE = 24;
const BUFFER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
// Server glyphs place `top` relative to an origin above the em box; MapLibre's own local glyphs use 27.5.
const TOP_ORIGIN = 27;
/** Latin-1, Latin Extended-A and General Punctuation (dashes, quotes, bullets). */
const RANGES = [0, 256, 8192];

/** Flattens the path commands of a glyph into line segments (pixels, y down). */
function segments(commands) {
  const segs = [];
  let x = 0,
    y = 0,
    sx = 0,
    sy = 0;
  const line = (x1, y1) => {
    segs.push([x, y, x1, y1]);
    x = x1;
    y = y1;
  };
  for (const c of commands) {
    if (c.type === 'M') {
      x = sx = c.x;
      y = sy = c.y;
    } else if (c.type === 'L') line(c.x, c.y);
    else if (c.type === 'Q') {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= 8; i++) {
        const t = i / 8,
          u = 1 - t;
        line(u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * c.y1 + t * t * c.y);
      }
    } else if (c.type === 'C') {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= 10; i++) {
        const t = i / 10,
          u = 1 - t;
        line(
          u * u * u * x0 + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
          u * u * u * y0 + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y,
        );
      }
    } else if (c.type === 'Z') {
      if (x !== sx || y !== sy) line(sx, sy);
    }
  }
  return segs;
}

function distanceToSegment(px, py, [x0, y0, x1, y1]) {
  const dx = x1 - x0,
    dy = y1 - y0;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / l2));
  const ex = x0 + t * dx - px,
    ey = y0 + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

/** Non-zero winding: is the point inside the outline? */
function inside(px, py, segs) {
  let winding = 0;
  for (const [x0, y0, x1, y1] of segs) {
    if (y0 <= py ? y1 > py : y1 <= py) {
      const cross = (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0);
      if (y1 > y0 ? cross > 0 : cross < 0) winding += y1 > y0 ? 1 : -1;
    }
  }
  return winding !== 0;
}

/** One glyph as MapLibre reads it: metrics in pixels at 24 px and the SDF bitmap with its border. */
export function renderGlyph(font, code) {
  const glyph = font.charToGlyph(String.fromCodePoint(code));
  if (!glyph || glyph.index === 0) return null;
  const scale = SIZE / font.unitsPerEm;
  const advance = Math.round(glyph.advanceWidth * scale);
  const segs = segments(glyph.getPath(0, 0, SIZE).commands);
  if (segs.length === 0) return { id: code, width: 0, height: 0, left: 0, top: -TOP_ORIGIN, advance, bitmap: null };
  let xMin = Infinity,
    yMin = Infinity,
    xMax = -Infinity,
    yMax = -Infinity;
  for (const [x0, y0, x1, y1] of segs) {
    xMin = Math.min(xMin, x0, x1);
    xMax = Math.max(xMax, x0, x1);
    yMin = Math.min(yMin, y0, y1);
    yMax = Math.max(yMax, y0, y1);
  }
  const left = Math.floor(xMin),
    topPx = Math.floor(yMin); // y down: the top edge is the smallest y
  const width = Math.ceil(xMax) - left,
    height = Math.ceil(yMax) - topPx;
  const w = width + 2 * BUFFER,
    h = height + 2 * BUFFER;
  const bitmap = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const px = left - BUFFER + i + 0.5,
        py = topPx - BUFFER + j + 0.5;
      let d = Infinity;
      for (const s of segs) d = Math.min(d, distanceToSegment(px, py, s));
      if (inside(px, py, segs)) d = -d;
      bitmap[j * w + i] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / RADIUS + CUTOFF))));
    }
  }
  return { id: code, width, height, left, top: -topPx - TOP_ORIGIN, advance, bitmap };
}

/** Encodes a range of glyphs as MapLibre's glyph PBF (`glyphs { stacks { name range glyphs } }`). */
export function encodeRange(font, start) {
  const end = start + 255;
  const pbf = new Pbf();
  pbf.writeMessage(1, (_, p) => {
    p.writeStringField(1, FONT_STACK);
    p.writeStringField(2, `${start}-${end}`);
    for (let code = start; code <= end; code++) {
      const g = renderGlyph(font, code);
      if (!g) continue;
      p.writeMessage(3, (__, q) => {
        q.writeVarintField(1, g.id);
        if (g.bitmap) q.writeBytesField(2, g.bitmap);
        q.writeVarintField(3, g.width);
        q.writeVarintField(4, g.height);
        q.writeSVarintField(5, g.left);
        q.writeSVarintField(6, g.top);
        q.writeVarintField(7, g.advance);
      });
    }
  });
  return pbf.finish();
}

const fontFile = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff');
const outDir = path.join(here, '..', 'public', 'glyphs', FONT_STACK);
const stamp = path.join(outDir, '.source');
const source = `${fontFile}:${fs.statSync(fontFile).size}:${fs.statSync(fileURLToPath(import.meta.url)).mtimeMs}`;
// Rebuilt only when the font or this script changed.
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== source) {
  const buf = fs.readFileSync(fontFile);
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const start of RANGES) fs.writeFileSync(path.join(outDir, `${start}-${start + 255}.pbf`), encodeRange(font, start));
  fs.writeFileSync(stamp, source);
  console.log(`glyphs: ${FONT_STACK}, ranges ${RANGES.map((s) => `${s}-${s + 255}`).join(', ')}`);
}
