import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthFlow, AuthProvider, brandTheme, createRiffynClient } from 'riffyn-login-kit';
import 'riffyn-login-kit/styles.css';
import { de } from 'riffyn-login-kit/locales/de';
import { es } from 'riffyn-login-kit/locales/es';
import { fr } from 'riffyn-login-kit/locales/fr';
import { ja } from 'riffyn-login-kit/locales/ja';
import { zhCN } from 'riffyn-login-kit/locales/zh-CN';
import { createMockRiffyn } from 'riffyn-login-kit/testing';
import { acmeLogo } from '../../demo/logo.js';
import './harness.css';

/**
 * `<AuthFlow>` as an app would show it, with a logo, a subtitle and a footer, talking to the mock
 * Riffyn through the client's `fetch` option. Light or dark comes from the browser's
 * prefers-color-scheme (the stylesheet's own default); `?theme=brand` passes the brand theme,
 * `?lang=de` (fr, es, ja, zh-CN) a shipped translation.
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

const query = new URLSearchParams(location.search);
const brand = query.get('theme') === 'brand';
const lang = query.get('lang') ?? 'en';
const messages = { de, fr, es, ja, 'zh-CN': zhCN }[lang];

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main lang={lang} style={brand ? { background: brandTheme.colorBackground } : undefined}>
      <AuthProvider client={client}>
        <AuthFlow
          autoFocus
          messages={messages}
          theme={brand ? brandTheme : undefined}
          logo={acmeLogo}
          subtitle="to continue to Acme Bioprocess Portal"
          footer={(step) => (step === 'apiKey' ? null : 'Trouble signing in? Ask your Riffyn administrator.')}
          manageKeysHref="#security-settings"
          onContinue={() => {}}
        />
      </AuthProvider>
    </main>
  </StrictMode>,
);
