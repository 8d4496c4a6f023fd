import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthFlow, AuthProvider, brandTheme, createRiffynClient } from 'riffyn-login-kit';
import 'riffyn-login-kit/styles.css';
import { de } from 'riffyn-login-kit/locales/de';
import { es } from 'riffyn-login-kit/locales/es';
import { fr } from 'riffyn-login-kit/locales/fr';
import { ja } from 'riffyn-login-kit/locales/ja';
import { zhCN } from 'riffyn-login-kit/locales/zh-CN';
import { ar } from 'riffyn-login-kit/locales/ar';
import { he } from 'riffyn-login-kit/locales/he';
import { pseudo } from 'riffyn-login-kit/locales/pseudo';
import { createMockRiffyn } from 'riffyn-login-kit/testing';
import { acmeLogo } from '../../demo/logo.js';
import './harness.css';

/**
 * `<AuthFlow>` as an app would show it, with a logo, a subtitle and a footer, talking to the mock
 * Riffyn through the client's `fetch` option. Light or dark comes from the browser's
 * prefers-color-scheme (the stylesheet's own default); `?theme=brand` passes the brand theme,
 * `?lang=de` (fr, es, ja, zh-CN, ar, he, pseudo) a shipped translation. The page itself sets no
 * `dir`: Arabic and Hebrew mirror the kit by their own `dir`, as on an app's page that sets none.
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
const messages = { de, fr, es, ja, 'zh-CN': zhCN, ar, he, pseudo }[lang];
// The app's own words around the card, in the page's language where it is right to left (an
// English sentence there would not show how the kit's text reads). The pseudo-locale is English
// underneath: en-XA, the tag Android and Chrome give it.
const appText = {
  ar: { subtitle: 'للمتابعة إلى بوابة Acme Bioprocess', footer: 'هل تواجه مشكلة في تسجيل الدخول؟ اسأل مسؤول Riffyn لديك.' },
  he: { subtitle: 'כדי להמשיך לפורטל Acme Bioprocess', footer: 'בעיה בהתחברות? כדאי לפנות למנהל המערכת של Riffyn.' },
}[lang] ?? { subtitle: 'to continue to Acme Bioprocess Portal', footer: 'Trouble signing in? Ask your Riffyn administrator.' };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main lang={lang === 'pseudo' ? 'en-XA' : lang} style={brand ? { background: brandTheme.colorBackground } : undefined}>
      <AuthProvider client={client}>
        <AuthFlow
          autoFocus
          messages={messages}
          theme={brand ? brandTheme : undefined}
          logo={acmeLogo}
          subtitle={appText.subtitle}
          footer={(step) => (step === 'apiKey' ? null : appText.footer)}
          manageKeysHref="#security-settings"
          onContinue={() => {}}
        />
      </AuthProvider>
    </main>
  </StrictMode>,
);
