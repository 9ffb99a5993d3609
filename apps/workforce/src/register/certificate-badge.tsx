import { CERTIFICATE_STATE_LABELS, useLang } from '@carecircle/ui';
import type { CertificateState } from '../gql/graphql.js';

const BADGE = {
  VALID: 'cc-badge-ok',
  EXPIRING: 'cc-badge-waiting',
  EXPIRED: 'cc-badge-stopped',
  NONE: 'cc-badge-pending',
} as const satisfies Record<CertificateState, string>;

/** A worker's certificate state as a coloured badge. */
export function CertificateBadge({ state }: { state: CertificateState }) {
  const lang = useLang();
  return (
    <span className={`cc-badge ${BADGE[state]}`} data-state={state}>
      {CERTIFICATE_STATE_LABELS[state][lang]}
    </span>
  );
}
