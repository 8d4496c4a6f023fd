import { useState, type FormEvent } from 'react';

/**
 * For scale: the smallest login form anyone would write, with useState and fetch. No MFA, no
 * API key step, no error mapping, no rate limit, no accessibility work beyond labels.
 */
export function PlainLoginForm() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/v1/auth', {
        method: 'POST',
        headers: { authorization: `Basic ${btoa(`${username}:${password}`)}` },
      });
      if (!response.ok) setError('Sign-in failed.');
    } catch {
      setError('Network error.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <h2>Sign in</h2>
      {error ? <p role="alert">{error}</p> : null}
      <label htmlFor="plain-username">Username</label>
      <input id="plain-username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor="plain-password">Password</label>
      <input
        id="plain-password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
