import { useEffect, useRef, useState } from 'react';
import { useAuth, useExtendSession } from 'riffyn-login-kit';

function formatLeft(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * What an app shows after sign-in: who, how long the accessToken lasts, and a way out. It takes
 * focus on arrival, as the kit's steps do: the button that had it (Done, Sign in) is gone.
 * The card borrows the kit's look (`className="rlk"` and its data-slot names).
 */
export function SignedIn() {
  const { state, logout } = useAuth();
  const { extendSession, extendSessionState } = useExtendSession();
  const [now, setNow] = useState(() => Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (state.status !== 'authenticated') return null;
  const { session } = state;
  return (
    <section className="rlk" aria-labelledby="signed-in-heading">
      <div data-slot="header">
        <h2 id="signed-in-heading" data-slot="heading" ref={heading} tabIndex={-1}>
          Signed in
        </h2>
        <p data-slot="subtitle">
          Welcome, <strong data-testid="signed-in-user">{session.username}</strong>.
        </p>
      </div>
      {session.accessTokenExpiresAt !== null ? (
        <p>
          Access token valid for <span data-testid="token-left">{formatLeft(session.accessTokenExpiresAt - now)}</span>{' '}
          more.
        </p>
      ) : (
        <p>The server sent no access token.</p>
      )}
      <div data-slot="actions">
        <button
          type="button"
          data-variant="primary"
          onClick={() => !extendSessionState.isPending && extendSession()}
          aria-disabled={extendSessionState.isPending || undefined}
        >
          Extend session
        </button>
        <button type="button" onClick={logout}>
          Sign out
        </button>
      </div>
      <p role="status" data-slot="status">
        {extendSessionState.isSuccess ? 'Session extended.' : extendSessionState.error ? 'Could not extend the session.' : ''}
      </p>
    </section>
  );
}
