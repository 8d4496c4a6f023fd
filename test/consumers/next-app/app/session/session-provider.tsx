'use client';
// The client for session mode: it never holds the accessToken (the proxy adds it from the cookie).
// Mounted under /session, so the memory-mode page at / keeps its own proxy.
import type { ReactNode } from 'react';
import { AuthProvider, createRiffynClient } from 'riffyn-login-kit';

const client = createRiffynClient({ baseUrl: '/session', session: 'cookie' });

export function SessionProvider({ children }: { children: ReactNode }) {
  return <AuthProvider client={client}>{children}</AuthProvider>;
}
