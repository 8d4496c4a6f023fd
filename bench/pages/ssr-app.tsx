// The server-rendered page's app: the same drop-in as kit.tsx, rendered to a string by the bench
// (bench/ssr.ts) and hydrated by ssr.tsx.
import type { ReactNode } from 'react';
import { AuthFlow, AuthProvider, createRiffynClient } from '../../src/index.js';

const client = createRiffynClient({ baseUrl: '' });

export function SsrApp({ children }: { children?: ReactNode }) {
  return (
    <AuthProvider client={client}>
      <AuthFlow />
      {children}
    </AuthProvider>
  );
}
