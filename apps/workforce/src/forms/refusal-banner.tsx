import { useT, type FormErrors } from '@carecircle/ui';
import { messages } from '../messages.js';

/** The server refused a care post (持证上岗): a certificate or health check is missing. Said plainly above the form. */
export function RefusalBanner({ errors, fields }: { errors: FormErrors; fields: string[] }) {
  const t = useT(messages);
  const reasons = fields.map((f) => errors.fields[f]).filter(Boolean);
  if (!reasons.length) return null;
  return (
    <div className="cc-error-panel cc-wf-refusal" role="alert" data-testid="refusal">
      <strong>{t('refusedTitle')}</strong>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p>{t('refusedNote')}</p>
    </div>
  );
}
