'use client';
// The app's client provider: the Riffyn client is an object with functions, which cannot be
// passed from a Server Component, so it is made (and provided) on the client side. Same origin:
// app/v1/[...path]/route.ts relays its calls to Riffyn.
import type { ReactNode } from 'react';
import { AuthProvider, createRiffynClient } from 'riffyn-login-kit';

const client = createRiffynClient({ baseUrl: '' });

export function RiffynProvider({ children }: { children: ReactNode }) {
  return <AuthProvider client={client}>{children}</AuthProvider>;
}
