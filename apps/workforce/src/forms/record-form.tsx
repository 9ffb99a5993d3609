import { FormField, formErrors, useT, type FormErrors } from '@carecircle/ui';
import { useState, type ReactNode } from 'react';
import { messages } from '../messages.js';

/** One field of a record form; `name` is the input's key and, after `prefix`, the server's field name. */
export interface FieldSpec {
  name: string;
  label: string;
  type: 'text' | 'date' | 'number' | 'select' | 'checkbox' | 'textarea';
  options?: { value: string; label: string }[];
  required?: boolean;
  step?: number;
}

export type Values = Record<string, string | boolean>;

/** Converts a form's text values: empty text is null, numbers are numbers. */
export function typed(fields: FieldSpec[], values: Values): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => {
      const v = values[f.name];
      if (f.type === 'checkbox') return [f.name, !!v];
      if (v === '' || v == null) return [f.name, null];
      return [f.name, f.type === 'number' ? Number(v) : v];
    }),
  );
}

/** The inputs of a field list with the server's messages beside them. */
export function FieldInputs({
  fields,
  values,
  onChange,
  errors,
  prefix,
  idPrefix,
}: {
  fields: FieldSpec[];
  values: Values;
  onChange: (name: string, value: string | boolean) => void;
  errors: FormErrors;
  prefix: string;
  idPrefix: string;
}) {
  const t = useT(messages);
  return (
    <>
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const error = errors.fields[`${prefix}${f.name}`];
        const v = values[f.name];
        let input: ReactNode;
        if (f.type === 'select')
          input = (
            <select id={id} value={String(v ?? '')} onChange={(e) => onChange(f.name, e.target.value)} data-field={f.name}>
              <option value="">{t('choose')}</option>
              {f.options!.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        else if (f.type === 'checkbox')
          // A checkbox carries its label beside it, as one clickable line.
          return (
            <div key={f.name} className={error ? 'cc-field cc-field-invalid cc-wf-check' : 'cc-field cc-wf-check'}>
              <label htmlFor={id}>
                <input id={id} type="checkbox" checked={!!v} onChange={(e) => onChange(f.name, e.target.checked)} data-field={f.name} />{' '}
                {f.label}
              </label>
              {error && (
                <span className="cc-field-error" role="alert">
                  {error}
                </span>
              )}
            </div>
          );
        else if (f.type === 'textarea')
          input = (
            <textarea id={id} rows={2} value={String(v ?? '')} onChange={(e) => onChange(f.name, e.target.value)} data-field={f.name} />
          );
        else
          input = (
            <input
              id={id}
              type={f.type}
              step={f.step}
              value={String(v ?? '')}
              onChange={(e) => onChange(f.name, e.target.value)}
              data-field={f.name}
            />
          );
        return (
          <FormField key={f.name} label={f.required ? `${f.label} *` : f.label} error={error} htmlFor={id}>
            {input}
          </FormField>
        );
      })}
    </>
  );
}

/**
 * The general message of a failed save: a conflict, a message without a field, or "correct the
 * fields" (unless every field message is one already said above the form, `except`).
 */
export function FormMessage({ errors, failed, except = [] }: { errors: FormErrors; failed: boolean; except?: string[] }) {
  const t = useT(messages);
  if (!failed) return null;
  const others = Object.keys(errors.fields).filter((f) => !except.includes(f));
  const text = errors.conflict ? t('conflict') : (errors.message ?? (others.length ? t('formError') : null));
  return text ? (
    <div className="cc-error-panel" role="alert" data-testid="form-message">
      {text}
    </div>
  ) : null;
}

/** A small form adding one record to a worker (certificate, training, evaluation, complaint). */
export function RecordForm({
  title,
  fields,
  initial,
  onSubmit,
  onCancel,
  testId,
}: {
  title: string;
  fields: FieldSpec[];
  initial?: Values;
  onSubmit: (input: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
  testId: string;
}) {
  const t = useT(messages);
  const [values, setValues] = useState<Values>(initial ?? {});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = formErrors(error);
  return (
    <form
      className="cc-panel cc-wf-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        onSubmit(typed(fields, values))
          .then(() => setError(null))
          .catch(setError)
          .finally(() => setBusy(false));
      }}
    >
      <h4>{title}</h4>
      <FormMessage errors={errors} failed={!!error} />
      <div className="cc-wf-grid">
        <FieldInputs
          fields={fields}
          values={values}
          onChange={(k, v) => setValues({ ...values, [k]: v })}
          errors={errors}
          prefix="input."
          idPrefix={testId}
        />
      </div>
      <div className="cc-row">
        <button type="submit" className="cc-primary" disabled={busy} data-testid={`${testId}-save`}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
