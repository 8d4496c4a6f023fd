// The login page as an app ships it: the kit's drop-in flow with react-hook-form and
// react-query bundled in; only react / react-dom stay outside (the app has them anyway).
import { AuthFlow, AuthProvider, createRiffynClient } from 'riffyn-login-kit';

const client = createRiffynClient({ baseUrl: '' });

export function LoginPage() {
  return (
    <AuthProvider client={client}>
      <AuthFlow />
    </AuthProvider>
  );
}
