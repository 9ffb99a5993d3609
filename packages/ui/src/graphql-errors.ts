import { CombinedGraphQLErrors } from '@apollo/client';

/** What a failed mutation means for a form: messages per field, a conflict flag and a general message. */
export interface FormErrors {
  fields: Record<string, string>;
  conflict: boolean;
  message: string | null;
}

/**
 * Reads field errors (`extensions.fields`), CONFLICT and other messages from an Apollo error.
 * @example
 * const { fields } = formErrors(error); fields['capacity.beds'];
 */
export function formErrors(error: unknown): FormErrors {
  const out: FormErrors = { fields: {}, conflict: false, message: null };
  if (!error) return out;
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const ext = e.extensions as { code?: string; fields?: { field: string; message: string }[] } | undefined;
      if (ext?.code === 'CONFLICT') out.conflict = true;
      if (ext?.fields?.length) for (const f of ext.fields) out.fields[f.field] = f.message;
      else out.message = out.message ? `${out.message}；${e.message}` : e.message;
    }
    return out;
  }
  out.message = error instanceof Error ? error.message : String(error);
  return out;
}
