import { FACILITY_SYMBOLS, type KindSymbol, type SymbolKind } from './facility-style.js';
import { useT } from './i18n.js';
import { uiMessages } from './messages.js';

/** An inline SVG of a kind's symbol (the same shape and colour as on the map). */
export function KindSwatch({ kind }: { kind: SymbolKind }) {
  const s: KindSymbol | undefined = FACILITY_SYMBOLS[kind];
  // A kind the API sends before this build knows it: no swatch rather than an error.
  if (!s) return null;
  return (
    <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">
      <path d={s.path} fill={s.color} stroke="#fff" strokeWidth="1.2" />
    </svg>
  );
}

export interface LegendItem {
  key: string;
  label: string;
  /** A facility kind or MEDICAL (its map symbol), or a CSS colour (filled box). */
  kind?: SymbolKind;
  color?: string;
  shape?: 'box' | 'line' | 'dot';
}

/** The map legend. */
export function Legend({ items, title }: { items: LegendItem[]; title?: string }) {
  const t = useT(uiMessages);
  return (
    <section className="cc-legend" aria-label={title ?? t('legend')}>
      <h4>{title ?? t('legend')}</h4>
      <ul>
        {items.map((i) => (
          <li key={i.key}>
            {i.kind ? (
              <KindSwatch kind={i.kind} />
            ) : (
              <span className={`cc-swatch cc-swatch-${i.shape ?? 'box'}`} style={{ background: i.color }} />
            )}
            <span>{i.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface LayerToggle {
  id: string;
  label: string;
  on: boolean;
  disabled?: boolean;
  note?: string;
}

/** Check boxes that switch map layers on and off. */
export function LayerToggles({
  layers,
  onChange,
  title,
}: {
  layers: LayerToggle[];
  onChange: (id: string, on: boolean) => void;
  title?: string;
}) {
  const t = useT(uiMessages);
  return (
    <fieldset className="cc-layers">
      <legend>{title ?? t('layers')}</legend>
      {layers.map((l) => (
        <label key={l.id} title={l.note}>
          <input
            type="checkbox"
            checked={l.on}
            disabled={l.disabled}
            onChange={(e) => onChange(l.id, e.target.checked)}
            data-testid={`layer-${l.id}`}
          />
          {l.label}
          {l.note && <small> {l.note}</small>}
        </label>
      ))}
    </fieldset>
  );
}
