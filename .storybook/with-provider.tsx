import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { createRiffynClient } from '../src/api/client.js';
import { AuthProvider } from '../src/react/AuthProvider.js';

/** A fresh client and provider per story render: no flow state leaks between stories. */
export const withProvider: Decorator = (Story) => {
  const [client] = useState(() => createRiffynClient({ baseUrl: '' }));
  return (
    <AuthProvider client={client}>
      <Story />
    </AuthProvider>
  );
};
