import { StatusBadge, useT, type AgreementStatus } from '@carecircle/ui';
import { messages } from '../messages.js';

export interface ExpiryItem {
  id: string;
  status: AgreementStatus;
  endsOn: string;
  medical: { id: string; name: string };
  facility: { id: string; name: string };
}

const DAY = 86_400_000;

/** Agreements to act on: expiring within 60 days, or expired with no valid successor between the same parties. */
export function ExpiryList({ items, onSelect }: { items: ExpiryItem[]; onSelect: (id: string) => void }) {
  const t = useT(messages);
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  return (
    <section className="cc-panel" data-testid="expiry-list">
      <h3>{t('expiryList')}</h3>
      {items.length === 0 && <p className="cc-muted">{t('noExpiring')}</p>}
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {items.map((a) => {
          const days = Math.round((Date.parse(a.endsOn) - today) / DAY);
          return (
            <li key={a.id}>
              <a
                href="#"
                onClick={(e) => {
                  e.preventDefault();
                  onSelect(a.id);
                }}
              >
                {a.facility.name} ↔ {a.medical.name}
              </a>{' '}
              <StatusBadge status={a.status} />{' '}
              <small>
                {a.endsOn} · {days >= 0 ? t('daysLeft', { n: days }) : t('expiredDays', { n: -days })}
              </small>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
