import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthFlow, AuthProvider, brandTheme, createRiffynClient } from 'riffyn-login-kit';
import 'riffyn-login-kit/styles.css';
import { createMockRiffyn } from 'riffyn-login-kit/testing';
import './harness.css';

/**
 * `<AuthFlow>` as an app would show it, with a logo, a subtitle and a footer, talking to the mock
 * Riffyn through the client's `fetch` option. Light or dark comes from the browser's
 * prefers-color-scheme (the stylesheet's own default); `?theme=brand` passes the brand theme.
 */
const mock = createMockRiffyn();
const client = createRiffynClient({
  baseUrl: 'https://riffyn.test',
  fetch: async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'GET' ? '' : await request.text();
    const answer = await mock.handle({
      method: request.method,
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      ...(body ? { body } : {}),
    });
    return new Response(answer.body || null, { status: answer.status, headers: answer.headers });
  },
});

const logo = (
  <svg width="40" height="40" viewBox="0 0 40 40" role="img" aria-label="Acme">
    <rect width="40" height="40" rx="10" fill="var(--rlk-color-primary)" />
    <path
      d="M12 28l8-16 8 16M15.5 22h9"
      fill="none"
      stroke="var(--rlk-color-primary-text)"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

const brand = new URLSearchParams(location.search).get('theme') === 'brand';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main style={brand ? { background: brandTheme.colorBackground } : undefined}>
      <AuthProvider client={client}>
        <AuthFlow
          autoFocus
          theme={brand ? brandTheme : undefined}
          logo={logo}
          subtitle="to continue to Acme Bioprocess Portal"
          footer="Trouble signing in? Ask your Riffyn administrator."
          manageKeysHref="#security-settings"
          onContinue={() => {}}
        />
      </AuthProvider>
    </main>
  </StrictMode>,
);
