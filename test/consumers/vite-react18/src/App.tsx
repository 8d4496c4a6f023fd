import { useEffect, useRef, useState } from 'react';
import { AuthFlow, AuthProvider, createRiffynClient, useAuth } from 'riffyn-login-kit';

const client = createRiffynClient({ baseUrl: import.meta.env.VITE_RIFFYN_URL ?? '' });

/** React 18 with @types/react 18: the ref reaches each step's root element. */
function SignIn({ onDone }: { onDone: (username: string) => void }) {
  const ref = useRef<HTMLElement>(null);
  const { state } = useAuth();
  const [root, setRoot] = useState('');
  // Which step's root the ref reaches, after each step change.
  useEffect(() => setRoot(ref.current?.dataset.rlkComponent ?? 'none'), [state.status]);
  return (
    <>
      <AuthFlow
        ref={ref}
        autoFocus
        // Tailwind v3 utilities through classNames: they beat the kit's layered defaults.
        classNames={{ loginForm: { submit: 'bg-red-600 h-8' } }}
        onAuthenticated={(session) => onDone(session.username)}
      />
      <p data-testid="ref">{root}</p>
    </>
  );
}

export function App() {
  const [user, setUser] = useState<string | null>(null);
  if (user) return <h1>Signed in as {user}</h1>;
  return (
    <AuthProvider client={client}>
      <SignIn onDone={setUser} />
    </AuthProvider>
  );
}
