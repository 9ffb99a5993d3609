import { useMutation } from '@apollo/client/react';
import { FormField, formErrors, useT } from '@carecircle/ui';
import { useState } from 'react';
import { messages } from './messages.js';
import { SignInMutation } from './session.js';

/** Sign-in with the account the district issued; the server keeps the session in an HttpOnly cookie. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT(messages);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { error, loading }] = useMutation(SignInMutation);
  const errors = formErrors(error);
  return (
    <form
      className="cc-panel shell-sign-in"
      data-testid="sign-in"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await signIn({ variables: { username, password } });
          onSignedIn();
        } catch {
          // Shown below.
        }
      }}
    >
      <h2>{t('signInTitle')}</h2>
      <FormField label={t('username')} error={errors.fields.username} htmlFor="username">
        <input id="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </FormField>
      <FormField label={t('password')} error={errors.fields.password} htmlFor="password">
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </FormField>
      {errors.message && (
        <p className="cc-field-error" role="alert">
          {errors.message}
        </p>
      )}
      <button type="submit" className="cc-primary" disabled={loading}>
        {t('signIn')}
      </button>
    </form>
  );
}
