// (e') The login page of login-page.tsx with the sign-in step replaced by the app's own plain form:
// what a replaced default step still weighs (AuthFlow imports every step's component).
import { AuthFlow, AuthProvider, createRiffynClient, type LoginFormProps } from '../../src/index.js';

const client = createRiffynClient({ baseUrl: '' });

function OwnSignIn({ onSubmit, pending }: LoginFormProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onSubmit({ username: String(data.get('username')), password: String(data.get('password')) });
      }}
    >
      <input name="username" autoComplete="username" aria-label="Username" />
      <input name="password" type="password" autoComplete="current-password" aria-label="Password" />
      <button disabled={pending}>Sign in</button>
    </form>
  );
}

export function LoginPage() {
  return (
    <AuthProvider client={client}>
      <AuthFlow components={{ loginForm: OwnSignIn }} />
    </AuthProvider>
  );
}
