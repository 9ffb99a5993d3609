import { useState, type ReactNode } from 'react';
import { useT } from './i18n.js';
import { uiMessages } from './messages.js';

/**
 * A panel that floats on the map (layer switcher and legend), so they sit beside what they
 * explain instead of down the side panel; it folds away with one click.
 */
export function MapOverlay({ children, position = 'top-left' }: { children: ReactNode; position?: 'top-left' | 'bottom-right' }) {
  const t = useT(uiMessages);
  const [open, setOpen] = useState(true);
  return (
    <div className={`cc-map-overlay cc-map-overlay-${position}`} data-testid="map-overlay">
      <button type="button" className="cc-map-overlay-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t('hideMapPanel') : t('showMapPanel')}
      </button>
      {open && <div className="cc-map-overlay-body">{children}</div>}
    </div>
  );
}
