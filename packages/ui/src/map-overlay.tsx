import { useState, type ReactNode } from 'react';
import { useT } from './i18n.js';
import { uiMessages } from './messages.js';

/**
 * A panel that floats on the map (layer switcher and legend), so they sit beside what they
 * explain instead of down the side panel; it folds away with one click. `holds` names what it
 * holds on its fold button (both, by default), so two panels on one map are told apart.
 */
export function MapOverlay({
  children,
  position = 'top-left',
  holds = 'both',
}: {
  children: ReactNode;
  position?: 'top-left' | 'bottom-right';
  holds?: 'layers' | 'legend' | 'both';
}) {
  const t = useT(uiMessages);
  const [open, setOpen] = useState(true);
  const [hide, show] =
    holds === 'layers'
      ? (['hideLayers', 'layers'] as const)
      : holds === 'legend'
        ? (['hideLegend', 'legend'] as const)
        : (['hideMapPanel', 'showMapPanel'] as const);
  return (
    <div className={`cc-map-overlay cc-map-overlay-${position}`} data-testid="map-overlay">
      <button type="button" className="cc-map-overlay-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t(hide) : t(show)}
      </button>
      {open && <div className="cc-map-overlay-body">{children}</div>}
    </div>
  );
}
