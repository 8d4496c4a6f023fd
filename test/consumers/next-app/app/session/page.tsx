// Session mode, as the README's "Sessions that survive a reload" sets it up: the proxy beside this
// page (session/v1/[...path]/route.ts) keeps the accessToken in an encrypted HttpOnly cookie, so a
// reload and a second tab stay signed in and no page script can read the token.
import { AuthFlow } from 'riffyn-login-kit';
import { SessionProvider } from './session-provider';
import { SignedIn } from './signed-in';

export default function SessionPage() {
  return (
    <main>
      <SessionProvider>
        <SignedIn />
        <AuthFlow />
      </SessionProvider>
    </main>
  );
}
