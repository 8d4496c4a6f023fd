import type { Decorator } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { createRiffynClient } from '../src/api/client.js';
import { AuthProvider } from '../src/react/AuthProvider.js';

/** A component, so its client is state that React keeps: a decorator is a plain function. */
function FreshProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => createRiffynClient({ baseUrl: '' }));
  return <AuthProvider client={client}>{children}</AuthProvider>;
}

/** A fresh client and provider per story render: no flow state leaks between stories. */
export const withProvider: Decorator = (Story) => (
  <FreshProvider>
    <Story />
  </FreshProvider>
);
