// The login page of login-page.tsx, built from the package as published (dist/, not minified)
// rather than from the sources: the app's minifier does the work, so the two should weigh the same.
// .jsx, outside the type check: dist/ exists only after `npm run build`.
import { AuthFlow, AuthProvider, createRiffynClient } from '../../dist/index.js';

const client = createRiffynClient({ baseUrl: '' });

export function LoginPage() {
  return (
    <AuthProvider client={client}>
      <AuthFlow />
    </AuthProvider>
  );
}
