import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AuthFlow,
  AuthProvider,
  brandTheme,
  createRiffynClient,
  darkTheme,
  lightTheme,
  themeToCssVars,
  useAuth,
  SessionTimeoutWarning,
  type AuthTheme,
} from 'riffyn-login-kit';
import 'riffyn-login-kit/styles.css';
import './demo.css';
import { acmeLogo } from './logo.js';
import { SignedIn } from './SignedIn.js';

/**
 * Same origin by default: `npm start` serves /v1 through the kit's proxy handler in session mode,
 * to the mock Riffyn or to RIFFYN_API_URL, so a reload or a second tab stays signed in and the
 * accessToken never reaches this page.
 * `?api=http://127.0.0.1:PORT` talks to another mock on this machine instead, the token in memory
 * (the e2e tests give each test a fresh one); nothing but loopback is accepted, so a link cannot
 * send credentials away.
 */
function apiBaseUrl(): string {
  const api = new URLSearchParams(window.location.search).get('api');
  return api && /^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(api) ? api : '';
}
const baseUrl = apiBaseUrl();
// `?timeout=ms`: the client's own timeout, shorter than its 15 s for the e2e tests of a slow Riffyn.
const timeoutMs = Number(new URLSearchParams(window.location.search).get('timeout')) || undefined;
const client = createRiffynClient({ baseUrl, timeoutMs, session: baseUrl === '' ? 'cookie' : 'memory' });
// Most apps already have one: the kit then uses it (and must behave the same, offline included).
const queryClient = new QueryClient();

// "System" sets nothing: the stylesheet follows the operating system's light or dark setting.
const themes: Record<string, { label: string; theme?: AuthTheme }> = {
  system: { label: 'System' },
  light: { label: 'Light', theme: lightTheme },
  dark: { label: 'Dark', theme: darkTheme },
  brand: { label: 'Brand', theme: brandTheme },
};

function Page() {
  const { state } = useAuth();
  // A user who already had a key sees "You already have an API key" until they press Continue;
  // a user who just saved a new one goes straight to the app.
  // Until the sign-in ends: an extended session is a new session object, and must not send the
  // user back to that view.
  const [continued, setContinued] = useState(false);
  if (continued && state.status !== 'authenticated') setContinued(false);
  const signedIn = state.status === 'authenticated' && (state.apiKey.status === 'acknowledged' || continued);
  return signedIn ? (
    <SignedIn />
  ) : (
    <AuthFlow
      autoFocus
      logo={acmeLogo}
      subtitle="to continue to Acme Bioprocess Portal"
      // Help with signing in, where signing in is still going on: not under the key, which is long.
      footer={(step) => (step === 'apiKey' ? null : <>Trouble signing in? Ask your Riffyn administrator.</>)}
      manageKeysHref="https://app.riffyn.com/settings/security"
      onContinue={() => setContinued(true)}
      // Back after a reload, or signed in in another tab: straight to the app.
      onEvent={(event) => event.type === 'session' && event.action === 'restored' && setContinued(true)}
    />
  );
}

export function DemoApp() {
  const [themeName, setThemeName] = useState('system');
  const { theme } = themes[themeName]!;
  return (
    // The theme is set as --rlk-* variables on a wrapper: the kit's components inherit them.
    <div className="demo" style={themeToCssVars(theme)} data-theme={themeName}>
      <header className="demo-header">
        <p className="demo-title">Riffyn login kit — demo</p>
        <fieldset className="demo-themes">
          <legend>Theme</legend>
          {Object.entries(themes).map(([name, { label }]) => (
            <label key={name}>
              <input
                type="radio"
                name="theme"
                value={name}
                checked={themeName === name}
                onChange={() => setThemeName(name)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </header>
      <main className="demo-main">
        <h1 className="demo-heading">Acme Bioprocess Portal</h1>
        <QueryClientProvider client={queryClient}>
          <AuthProvider client={client}>
            <Page />
            {/* Two minutes before the accessToken ends: stay signed in, or sign out. */}
            <SessionTimeoutWarning />
          </AuthProvider>
        </QueryClientProvider>
      </main>
    </div>
  );
}
