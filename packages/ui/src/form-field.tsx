import type { ReactNode } from 'react';

/** A labelled form field with the server's message for it shown beside it. */
export function FormField({ label, error, children, htmlFor }: { label: string; error?: string; children: ReactNode; htmlFor?: string }) {
  return (
    <div className={error ? 'cc-field cc-field-invalid' : 'cc-field'}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {error && (
        <span className="cc-field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
