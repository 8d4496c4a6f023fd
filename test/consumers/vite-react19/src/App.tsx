import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { AuthFlow, AuthProvider, createRiffynClient, useAuth, withOverrides, type AuthSession } from 'riffyn-login-kit';
import { de } from 'riffyn-login-kit/locales/de';

const client = createRiffynClient({ baseUrl: import.meta.env.VITE_RIFFYN_URL ?? '' });
// ?lang=de: the shipped German from its own entry, with one string of the app's own.
const messages = new URLSearchParams(location.search).get('lang') === 'de' ? withOverrides(de, { loginForm: { submit: 'Los' } }) : undefined;

// An app's own wrapper that passes optional props through: with exactOptionalPropertyTypes this
// needs every optional prop of the kit to accept undefined.
function SignIn({ headingLevel, onDone }: { headingLevel?: ComponentProps<typeof AuthFlow>['headingLevel']; onDone: (session: AuthSession) => void }) {
  const ref = useRef<HTMLElement>(null);
  const { state } = useAuth();
  const [root, setRoot] = useState('');
  // Which step's root the ref reaches, after each step change.
  useEffect(() => setRoot(ref.current?.dataset.rlkComponent ?? 'none'), [state.status]);
  return (
    <>
      <AuthFlow ref={ref} autoFocus headingLevel={headingLevel} onAuthenticated={onDone} messages={messages} />
      <p data-testid="ref">{root}</p>
    </>
  );
}

export function App() {
  const [user, setUser] = useState<string | null>(null);
  if (user) return <h1>Signed in as {user}</h1>;
  return (
    <AuthProvider client={client}>
      <SignIn headingLevel={undefined} onDone={(session) => setUser(session.username)} />
    </AuthProvider>
  );
}
