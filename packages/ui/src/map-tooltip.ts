import { Popup, type Map as MlMap, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';

/**
 * Lines of a hover tooltip for a feature: a title and optional detail lines; null shows nothing.
 */
export type DescribeFeature = (feature: MapGeoJSONFeature) => { title: string; lines?: string[] } | null;

/**
 * Shows a tooltip while the pointer is over a feature of the given layers (the topmost layer
 * listed first wins) and a pointer cursor; returns the function that removes it. Text only, so a
 * name can never inject markup.
 * @example
 * const off = hoverTooltip(map, ['planner-facilities'], (f) => ({ title: String(f.properties.name) }));
 */
export function hoverTooltip(map: MlMap, layers: string[], describe: DescribeFeature): () => void {
  const popup = new Popup({ closeButton: false, closeOnClick: false, className: 'cc-tooltip', offset: 10, maxWidth: '260px' });
  let shown = '';
  const move = (e: MapMouseEvent) => {
    const present = layers.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
    const hits = present.length ? map.queryRenderedFeatures(e.point, { layers: present }) : [];
    hits.sort((a, b) => present.indexOf(a.layer.id) - present.indexOf(b.layer.id));
    const text = hits.length ? describe(hits[0]!) : null;
    map.getCanvas().style.cursor = text ? 'pointer' : '';
    if (!text) {
      popup.remove();
      shown = '';
      return;
    }
    const key = `${hits[0]!.layer.id}:${String(hits[0]!.id ?? hits[0]!.properties.id)}`;
    if (key !== shown) {
      const el = document.createElement('div');
      const title = document.createElement('strong');
      title.textContent = text.title;
      el.appendChild(title);
      for (const line of text.lines ?? []) {
        const div = document.createElement('div');
        div.textContent = line;
        el.appendChild(div);
      }
      popup.setDOMContent(el);
      shown = key;
    }
    popup.setLngLat(e.lngLat);
    if (!popup.isOpen()) popup.addTo(map);
  };
  const leave = () => {
    popup.remove();
    shown = '';
    map.getCanvas().style.cursor = '';
  };
  map.on('mousemove', move);
  map.on('mouseout', leave);
  return () => {
    map.off('mousemove', move);
    map.off('mouseout', leave);
    popup.remove();
  };
}
