// Re-render page: AuthProvider + AuthFlow under a Profiler, with a client whose fetch always
// answers MFA_REQUIRED (the fixture), so "Sign in" leads straight to the MFA step.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthFlow, AuthProvider, createRiffynClient } from '../../src/index.js';
import { mfaRequired } from '../../src/testing/fixtures.js';
import '../../src/theme/styles.css';
import { onRender } from './commits.js';

const client = createRiffynClient({
  baseUrl: '',
  fetch: async () =>
    new Response(JSON.stringify(mfaRequired()), { headers: { 'content-type': 'application/json' } }),
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="AuthFlow" onRender={onRender}>
    <AuthProvider client={client}>
      <AuthFlow />
    </AuthProvider>
  </Profiler>,
);
