import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { acmeLogo } from '../../../demo/logo.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../testing/index.js';
import { riffynHandlers } from '../../testing/msw.js';
import { LoginForm } from '../LoginForm/LoginForm.js';
import type { LoginFormProps } from '../LoginForm/LoginForm.types.js';
import { AuthFlow } from './AuthFlow.js';
import { withProvider } from '../../../.storybook/with-provider.js';

const mock = createMockRiffyn();

/** The kit's sign-in step, wrapped: terms under it, its focus and alerts unchanged. */
function SignInWithTerms(props: LoginFormProps) {
  return (
    <div>
      <LoginForm {...props} />
      <p style={{ maxWidth: '25rem', fontSize: '0.875rem' }}>
        By signing in you accept the <a href="#terms">Acme terms of use</a>.
      </p>
    </div>
  );
}

const meta = {
  title: 'Components/AuthFlow/Custom steps',
  component: AuthFlow,
  decorators: [withProvider],
  beforeEach: () => mock.reset(),
  args: {
    logo: acmeLogo,
    footer: (step) => (step === 'loginForm' ? <a href="#reset">Forgot password?</a> : <>Trouble signing in? Ask your administrator.</>),
  },
  parameters: { msw: { handlers: riffynHandlers(mock) } },
} satisfies Meta<typeof AuthFlow>;
export default meta;

type Story = StoryObj<typeof meta>;

/** "Forgot password?" on the sign-in step only, help text on the others: `footer` as a function of the step. */
export const FooterPerStep: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Forgot password?' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Username'), 'mfa-user');
    await userEvent.type(canvas.getByLabelText('Password'), DEMO_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(canvas.getByLabelText('6-digit code')).toHaveFocus());
    await expect(canvas.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
    await expect(canvas.getByText('Trouble signing in? Ask your administrator.')).toBeVisible();
  },
};

/** The sign-in step wrapped with the terms; a wrong password still lands in its alert. */
export const WrappedStep: Story = {
  args: { components: { loginForm: SignInWithTerms } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Acme terms of use' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Username'), 'mfa-user');
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    // The step's own alert region (always in the page, empty until now) says it.
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('That username and password do not match'));
  },
};

/** A step of the app's own: the key step replaced by a minimal one with the same props. */
export const ReplacedStep: Story = {
  args: {
    components: {
      apiKey: ({ apiKey, onAcknowledge }) => (
        <section className="rlk" aria-labelledby="own-key">
          <h2 id="own-key" data-slot="heading">
            Your Acme key
          </h2>
          {apiKey.status === 'shown' ? (
            <button type="button" data-variant="primary" onClick={onAcknowledge}>
              I stored it in our vault
            </button>
          ) : (
            <p>Stored.</p>
          )}
        </section>
      ),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Username'), 'new-user');
    await userEvent.type(canvas.getByLabelText('Password'), DEMO_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'I stored it in our vault' }));
    await expect(await canvas.findByText('Stored.')).toBeVisible();
  },
};
