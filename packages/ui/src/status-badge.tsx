import type { AgreementStatus, FacilityStatus } from './gql/enums.js';
import { useLang } from './i18n.js';
import { label } from './labels.js';

/** How a state looks: done, waiting, stopped, not yet in force, or plain. */
type Tone = 'ok' | 'waiting' | 'stopped' | 'pending' | 'plain';

const TONES = {
  APPROVED: 'ok',
  SUBMITTED: 'waiting',
  REJECTED: 'stopped',
  DRAFT: 'pending',
  CLOSED: 'plain',
  ACTIVE: 'ok',
  EXPIRING: 'waiting',
  EXPIRED: 'stopped',
  TERMINATED: 'stopped',
  PENDING: 'pending',
} as const satisfies Record<FacilityStatus | AgreementStatus, Tone>;

/** A facility's or an agreement's state as a coloured badge, named in the interface language. */
export function StatusBadge({ status, testId }: { status: FacilityStatus | AgreementStatus; testId?: string }) {
  const lang = useLang();
  const tone: Tone | undefined = TONES[status];
  return (
    <span className={tone && tone !== 'plain' ? `cc-badge cc-badge-${tone}` : 'cc-badge'} data-testid={testId}>
      {label(status, lang)}
    </span>
  );
}
