import { FormField, useT } from '@carecircle/ui';
import { useState } from 'react';
import { messages } from './messages.js';

/** Edits the optional online basemap (kept in this browser). */
export function SettingsDialog({
  rasterUrl,
  onSave,
  onClose,
}: {
  rasterUrl: string | null;
  onSave: (url: string | null) => void;
  onClose: () => void;
}) {
  const t = useT(messages);
  const [value, setValue] = useState(rasterUrl ?? '');
  return (
    <div className="shell-dialog" role="dialog" aria-label={t('settings')}>
      <h3>{t('settings')}</h3>
      <FormField label={t('onlineBasemap')} htmlFor="raster-url">
        <input
          id="raster-url"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="https://…/{z}/{x}/{y}"
          style={{ width: '100%' }}
        />
      </FormField>
      <p className="cc-muted">{t('onlineBasemapHelp')}</p>
      <div className="cc-row">
        <button type="button" className="cc-primary" onClick={() => onSave(value.trim() || null)}>
          {t('save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
