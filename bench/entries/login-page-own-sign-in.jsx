// The login page of login-page.jsx with the sign-in step replaced by the app's own plain form:
// what a replaced default step still weighs (AuthFlow imports every step's component).
import { AuthFlow, AuthProvider, createRiffynClient } from 'riffyn-login-kit';

const client = createRiffynClient({ baseUrl: '' });

/** @param {import('riffyn-login-kit').LoginFormProps} props */
function OwnSignIn({ onSubmit, pending }) {
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
