'use client';
// A headless page: the app's own UI over useAuth alone. Its scripts must carry none of the
// kit's components (the consumer suite checks the JavaScript this route loads).
import { useAuth } from 'riffyn-login-kit';

export function Status() {
  const { state } = useAuth();
  return <p data-testid="status">{state.status}</p>;
}
