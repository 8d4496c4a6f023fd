'use client';
// The app's own signed-in bar over useAuth: who, and a way out (AuthFlow has no sign-out).
import { useAuth } from 'riffyn-login-kit';

export function SignedIn() {
  const { state, logout } = useAuth();
  if (state.status !== 'authenticated') return null;
  return (
    <p>
      Signed in: <strong data-testid="signed-in-user">{state.session.username}</strong>{' '}
      <button type="button" onClick={logout}>
        Sign out
      </button>
    </p>
  );
}
