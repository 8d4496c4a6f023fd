import { useEffect, useState } from 'react';
import { useAuth, useExtendSession } from 'riffyn-login-kit';

function formatLeft(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What an app shows after sign-in: who, how long the accessToken lasts, and a way out. */
export function SignedIn() {
  const { state, logout } = useAuth();
  const { extendSession, extendSessionState } = useExtendSession();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (state.status !== 'authenticated') return null;
  const { session } = state;
  return (
    <section className="demo-card" aria-labelledby="signed-in-heading">
      <h2 id="signed-in-heading">Signed in</h2>
      <p>
        Welcome, <strong data-testid="signed-in-user">{session.username}</strong>.
      </p>
      {session.accessTokenExpiresAt !== null ? (
        <p>
          Access token valid for <span data-testid="token-left">{formatLeft(session.accessTokenExpiresAt - now)}</span>{' '}
          more.
        </p>
      ) : (
        <p>The server sent no access token.</p>
      )}
      <div className="demo-actions">
        <button type="button" onClick={() => extendSession()} disabled={extendSessionState.isPending}>
          Extend session
        </button>
        <button type="button" onClick={logout}>
          Sign out
        </button>
      </div>
      <p role="status" className="demo-status">
        {extendSessionState.isSuccess ? 'Session extended.' : extendSessionState.error ? 'Could not extend the session.' : ''}
      </p>
    </section>
  );
}
