import { useState } from 'react';
import { AuthFlow, AuthProvider, createRiffynClient, darkTheme, MfaFactorPicker } from '../../../src/index.js';
import { totpFactor } from '../../../src/testing/index.js';

declare global {
  interface Window {
    /** The codes the standalone MFA step handed to its caller. */
    sentCodes?: string[];
  }
}

/**
 * What an SSR app renders on its server and hydrates in the browser: the README's drop-in (`flow`),
 * the same with the dark theme (`themed`), or the MFA step alone, as an app with its own flow would
 * render it.
 */
export function App({ baseUrl, view }: { baseUrl: string; view: string }) {
  const [client] = useState(() => createRiffynClient({ baseUrl }));
  if (view === 'mfa') {
    return (
      <MfaFactorPicker
        factors={[totpFactor()]}
        selectedFactorId={null}
        expiresAt={null}
        autoFocus={false}
        onChooseFactor={() => {}}
        onRestart={() => {}}
        onSubmit={(code) => (window.sentCodes ??= []).push(code)}
      />
    );
  }
  return (
    <AuthProvider client={client}>
      <AuthFlow theme={view === 'themed' ? darkTheme : undefined} />
    </AuthProvider>
  );
}
