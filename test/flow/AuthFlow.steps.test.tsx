import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { forwardRef, useState, type ComponentProps, type RefAttributes } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthFlow, type AuthFlowComponents, type AuthFlowProps } from '../../src/components/AuthFlow/index.js';
import { LoginForm, type LoginFormProps } from '../../src/components/LoginForm/index.js';
import { MfaFactorPicker, type MfaFactorPickerProps } from '../../src/components/MfaFactorPicker/index.js';
import { ApiKeyReveal, type ApiKeyRevealProps } from '../../src/components/ApiKeyReveal/index.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';

const BASE = 'https://api.acme.riffyn.test';
const mock = createMockRiffyn();
const server = setupServer(...riffynHandlers(mock, { baseUrl: BASE }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => mock.reset());

function renderFlow(props: AuthFlowProps) {
  const client = createRiffynClient({ baseUrl: BASE });
  return render(
    <AuthProvider client={client}>
      <AuthFlow {...props} />
    </AuthProvider>,
  );
}

/** An app's own sign-in step: its own markup, the kit's props. */
const PlainLogin = vi.fn(function PlainLogin(props: LoginFormProps) {
  const [username, setUsername] = useState(props.defaultUsername ?? '');
  const [password, setPassword] = useState('');
  return (
    <form
      aria-label="Acme sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit({ username, password });
      }}
    >
      {props.logo}
      <label>
        Acme ID <input value={username} onChange={(e) => setUsername(e.target.value)} autoFocus={props.autoFocus} />
      </label>
      <label>
        Secret <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button disabled={props.pending}>Go</button>
      {props.error ? <p role="alert">{props.error.kind}</p> : null}
      {props.footer}
    </form>
  );
});

describe('AuthFlow — replaceable steps', () => {
  it('renders the app’s component for a step with the kit’s props, and the flow goes on', async () => {
    const user = userEvent.setup();
    renderFlow({ components: { loginForm: PlainLogin }, logo: <span>ACME</span>, subtitle: 'to Acme', headingLevel: 3 });
    expect(screen.queryByRole('heading', { name: 'Sign in to Riffyn' })).toBeNull();
    const props = PlainLogin.mock.lastCall![0];
    expect(props).toMatchObject({ subtitle: 'to Acme', headingLevel: 3, pending: false, error: null, autoFocus: false });
    expect(screen.getByRole('form', { name: 'Acme sign-in' })).toHaveTextContent('ACME');

    await user.type(screen.getByLabelText('Acme ID'), 'mfa-user');
    await user.type(screen.getByLabelText('Secret'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('invalid-credentials');

    await user.clear(screen.getByLabelText('Secret'));
    await user.type(screen.getByLabelText('Secret'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    // The kit's MFA step follows, and takes focus as every later step does.
    await waitFor(() => expect(screen.getByLabelText('6-digit code')).toHaveFocus());
  }, 20_000);

  it('passes autoFocus to a replaced later step, and the ref to its root', async () => {
    const user = userEvent.setup();
    const ref = { current: null as HTMLElement | null };
    const Key = forwardRef<HTMLElement, ApiKeyRevealProps>(function Key(props, keyRef) {
      return (
        <section ref={keyRef} aria-label="Acme key" data-autofocus={String(props.autoFocus)}>
          {props.apiKey.status === 'shown' ? <button onClick={props.onAcknowledge}>Saved it</button> : <p>Saved.</p>}
        </section>
      );
    });
    const client = createRiffynClient({ baseUrl: BASE });
    render(
      <AuthProvider client={client}>
        <AuthFlow ref={ref} components={{ apiKey: Key }} />
      </AuthProvider>,
    );
    await user.type(screen.getByLabelText('Username'), 'new-user');
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const key = await screen.findByRole('region', { name: 'Acme key' });
    expect(key).toHaveAttribute('data-autofocus', 'true');
    expect(ref.current).toBe(key);
    await user.click(screen.getByRole('button', { name: 'Saved it' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });

  it('wraps the kit’s own step to add content around it, keeping its focus and alerts', async () => {
    const user = userEvent.setup();
    const WithTerms = (props: LoginFormProps) => (
      <div>
        <p>By signing in you accept the terms.</p>
        <LoginForm {...props} />
      </div>
    );
    renderFlow({ components: { loginForm: WithTerms }, autoFocus: true });
    expect(screen.getByText('By signing in you accept the terms.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Username')).toHaveFocus());
    await user.type(screen.getByLabelText('Username'), 'mfa-user');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That username and password do not match');
  });
});

describe('AuthFlow — content per step in the logo and footer slots', () => {
  it('takes a function of the step: "Forgot password?" on sign-in only', async () => {
    const user = userEvent.setup();
    const footer = vi.fn((step: string) => step === 'loginForm' && <a href="/reset">Forgot password?</a>);
    renderFlow({ footer, logo: (step) => <span>logo on {step}</span> });
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toBeInTheDocument();
    expect(screen.getByText('logo on loginForm')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Username'), 'mfa-user');
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByLabelText('6-digit code')).toHaveFocus());
    expect(screen.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
    expect(screen.getByText('logo on mfa')).toBeInTheDocument();
    expect(footer).toHaveBeenLastCalledWith('mfa');
  });

  it('still takes one node for every step', () => {
    renderFlow({ footer: <a href="/help">Help</a> });
    expect(screen.getByRole('link', { name: 'Help' })).toBeInTheDocument();
  });
});

describe('AuthFlow — types of the replaceable steps', () => {
  it('gives each step’s component exactly the kit component’s props', () => {
    type Props<K extends keyof AuthFlowComponents> = ComponentProps<NonNullable<AuthFlowComponents[K]>>;
    expectTypeOf<Props<'loginForm'>>().toEqualTypeOf<LoginFormProps & RefAttributes<HTMLDivElement>>();
    expectTypeOf<Props<'mfa'>>().toEqualTypeOf<MfaFactorPickerProps & RefAttributes<HTMLElement>>();
    expectTypeOf<Props<'apiKey'>>().toEqualTypeOf<ApiKeyRevealProps & RefAttributes<HTMLElement>>();
    // The kit's own components fit, and so does one that wants nothing more than they get…
    const kit: Required<AuthFlowComponents> = { loginForm: LoginForm, mfa: MfaFactorPicker, apiKey: ApiKeyReveal };
    const fits: AuthFlowComponents = { loginForm: PlainLogin };
    // …but not one that needs a prop the flow does not give.
    // @ts-expect-error `tenant` is not among LoginForm's props
    const needsMore: AuthFlowComponents = { loginForm: (_: LoginFormProps & { tenant: string }) => null };
    expect([kit, fits, needsMore]).toHaveLength(3);
  });
});
