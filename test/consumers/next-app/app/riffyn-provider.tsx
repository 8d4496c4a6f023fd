'use client';
// The app's one client file: the Riffyn client is an object with functions, which cannot be
// passed from a Server Component, so it is made (and provided) on the client side.
import type { ReactNode } from 'react';
import { AuthProvider, createRiffynClient } from 'riffyn-login-kit';

const client = createRiffynClient({ baseUrl: process.env.NEXT_PUBLIC_RIFFYN_URL ?? '' });

export function RiffynProvider({ children }: { children: ReactNode }) {
  return <AuthProvider client={client}>{children}</AuthProvider>;
}
