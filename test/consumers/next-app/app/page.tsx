// A Server Component. Each of the kit's React modules is a client boundary ("use client" in its built
// files), so AuthFlow renders from here without a wrapper; riffyn-login-kit/core is React-free
// and runs on the server.
import { AuthFlow } from 'riffyn-login-kit';
import { defaultPaths } from 'riffyn-login-kit/core';
import { RiffynProvider } from './riffyn-provider';

export default function Page() {
  return (
    <main>
      <RiffynProvider>
        <AuthFlow autoFocus classNames={{ loginForm: { submit: 'bg-red-600 h-8' } }} />
      </RiffynProvider>
      <p data-testid="login-path">{defaultPaths.login}</p>
    </main>
  );
}
