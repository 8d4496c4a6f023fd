// Jest in CommonJS mode (no "type": "module", no ESM flags, no moduleNameMapper or
// transformIgnorePatterns for the kit): require() resolves the kit's CommonJS build.
// jest-fixed-jsdom is msw's recommended environment (jsdom with Node's fetch and streams). msw is
// 2.11.1: from 2.11.2 on it imports the ESM-only rettime, which Jest's CommonJS mode cannot load.
const { render, screen } = require('@testing-library/react');
const userEvent = require('@testing-library/user-event').default;
const { setupServer } = require('msw/node');
const { createRef } = require('react');
const { AuthFlow, AuthProvider, LoginForm, createRiffynClient, isAuthError } = require('riffyn-login-kit');
const { AuthError, withOverrides } = require('riffyn-login-kit/core');
const { de } = require('riffyn-login-kit/locales/de');
const { createMockRiffyn, DEMO_PASSWORD } = require('riffyn-login-kit/testing');
const { riffynHandlers } = require('riffyn-login-kit/testing/msw');

const baseUrl = 'https://api.riffyn.test';
const mock = createMockRiffyn();
const server = setupServer(...riffynHandlers(mock, { baseUrl }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

test('signs in through AuthFlow and is told once the new key is saved', async () => {
  const user = userEvent.setup();
  const onAuthenticated = jest.fn();
  render(
    <AuthProvider client={createRiffynClient({ baseUrl })}>
      <AuthFlow onAuthenticated={onAuthenticated} />
    </AuthProvider>,
  );
  await user.type(screen.getByLabelText('Username'), 'new-user');
  await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('heading', { name: 'Save your API key' })).toBeTruthy();
  await user.click(screen.getByLabelText('I have saved this key somewhere safe'));
  await user.click(screen.getByRole('button', { name: 'Done' }));
  expect(await screen.findByRole('heading', { name: 'API key saved' })).toBeTruthy();
  expect(onAuthenticated).toHaveBeenCalledWith(expect.objectContaining({ username: 'new-user' }));
});

test('a wrong password is an AuthError shown to the user; the username stays', async () => {
  const user = userEvent.setup();
  render(
    <AuthProvider client={createRiffynClient({ baseUrl })}>
      <AuthFlow />
    </AuthProvider>,
  );
  await user.type(screen.getByLabelText('Username'), 'new-user');
  await user.type(screen.getByLabelText('Password'), 'wrong');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect((await screen.findByRole('alert')).textContent).toContain('That username and password do not match');
  expect(screen.getByLabelText('Username').value).toBe('new-user');
});

test('one AuthError class for every entry, and refs reach the root', () => {
  expect(isAuthError(new AuthError('network'))).toBe(true);
  const ref = createRef();
  render(<LoginForm ref={ref} onSubmit={() => {}} />);
  expect(ref.current.getAttribute('data-rlk-component')).toBe('login-form');
});

test('a shipped language from its own entry keeps the rest German around an override', () => {
  render(<LoginForm messages={withOverrides(de, { loginForm: { submit: 'Los' } }).loginForm} onSubmit={() => {}} />);
  expect(screen.getByRole('heading', { name: 'Bei Riffyn anmelden' })).toBeTruthy();
  expect(screen.getByLabelText('Benutzername')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Los' })).toBeTruthy();
});
