import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthFlow } from '../../src/components/AuthFlow/AuthFlow.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';

// The MFA step's chunk fails to arrive (the network dropped) until the test lets it through.
const chunk = vi.hoisted(() => ({ blocked: true }));
vi.mock('../../src/components/MfaFactorPicker/MfaFactorPicker.js', async (original) => {
  if (chunk.blocked) throw new TypeError('Failed to fetch');
  return original();
});

const BASE = 'https://api.acme.riffyn.test';
const mock = createMockRiffyn();
const server = setupServer(...riffynHandlers(mock, { baseUrl: BASE }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('a step whose code does not load says so, takes focus, and Try again brings it with the sign-in intact', async () => {
  const user = userEvent.setup();
  render(
    <AuthProvider client={createRiffynClient({ baseUrl: BASE })}>
      <AuthFlow />
    </AuthProvider>,
  );
  await user.type(screen.getByLabelText('Username'), 'mfa-user');
  await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  const retry = await screen.findByRole('button', { name: 'Try again' });
  expect(retry).toHaveFocus();
  expect(retry).toHaveAccessibleDescription('The next step did not load. Check your connection, then try again.');
  expect(mock.requests.filter((r) => r.path === '/v1/auth')).toHaveLength(1);

  chunk.blocked = false;
  await user.click(retry);
  const code = await screen.findByLabelText('6-digit code');
  // The same sign-in: no second password round, and the code goes through.
  expect(mock.requests.filter((r) => r.path === '/v1/auth')).toHaveLength(1);
  await user.type(code, await mock.currentCode('mfa-user'));
  expect(await screen.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
});
