import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, useState, type ComponentProps } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginForm } from '../../src/components/LoginForm/index.js';
import { AuthError } from '../../src/core/errors.js';

const username = () => screen.getByLabelText<HTMLInputElement>('Username');
const password = () => screen.getByLabelText<HTMLInputElement>('Password');
const submitButton = () => screen.getByRole('button', { name: /sign in|signing in|try again/i });

function setup(props: Partial<ComponentProps<typeof LoginForm>> = {}) {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  const view = render(<LoginForm onSubmit={onSubmit} {...props} />);
  /** New props over the first ones, as a parent re-rendering the form would pass them. */
  const rerender = (more: Partial<ComponentProps<typeof LoginForm>>) => view.rerender(<LoginForm onSubmit={onSubmit} {...props} {...more} />);
  return { onSubmit, user, ...view, rerender };
}

describe('LoginForm: submitting', () => {
  it('sends exactly what was typed: no trimming, any Unicode', async () => {
    const { onSubmit, user } = setup();
    await user.type(username(), ' ada.lovelace ');
    await user.type(password(), '  pässwörd✓ 🔑 ');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({ username: ' ada.lovelace ', password: '  pässwörd✓ 🔑 ' });
  });

  it('gives password managers what they look for', () => {
    setup();
    expect(username()).toHaveAttribute('name', 'username');
    expect(username()).toHaveAttribute('autocomplete', 'username');
    expect(username()).toHaveAttribute('autocapitalize', 'none');
    expect(username()).toHaveAttribute('spellcheck', 'false');
    expect(password()).toHaveAttribute('name', 'password');
    expect(password()).toHaveAttribute('autocomplete', 'current-password');
    expect(password()).toHaveAttribute('type', 'password');
    expect(password()).toHaveAttribute('spellcheck', 'false');
  });

  it('submits with Enter from the password field', async () => {
    const { onSubmit, user } = setup();
    await user.type(username(), 'ada');
    await user.type(password(), 'secret{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({ username: 'ada', password: 'secret' });
  });

  it('prefills defaultUsername and focuses the password on mount with autoFocus', () => {
    setup({ defaultUsername: 'ada.lovelace', autoFocus: true });
    expect(username()).toHaveValue('ada.lovelace');
    expect(password()).toHaveFocus();
  });

  it('takes a new defaultUsername while mounted only into an untouched field', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} defaultUsername="ada" />);
    rerender(<LoginForm onSubmit={onSubmit} defaultUsername="grace" />);
    expect(username()).toHaveValue('grace');
    await user.type(username(), '.hopper');
    rerender(<LoginForm onSubmit={onSubmit} defaultUsername="alan" />);
    expect(username()).toHaveValue('grace.hopper');
  });

  it('focuses the username on mount with autoFocus and no prefill, and nothing without autoFocus', () => {
    const { unmount } = setup({ autoFocus: true });
    expect(username()).toHaveFocus();
    unmount();
    setup();
    expect(document.body).toHaveFocus();
  });
});

describe('LoginForm: typing', () => {
  it('re-renders nothing while the user types (uncontrolled inputs, Caps Lock state set only on change)', async () => {
    const user = userEvent.setup();
    const onRender = vi.fn();
    render(
      <Profiler id="login" onRender={onRender}>
        <LoginForm onSubmit={vi.fn()} />
      </Profiler>,
    );
    const mounted = onRender.mock.calls.length;
    await user.type(username(), 'ada.lovelace');
    await user.tab();
    await user.type(password(), 'correct horse');
    expect(onRender).toHaveBeenCalledTimes(mounted);
  });
});

describe('LoginForm: validation', () => {
  it('shows both required messages, marks the fields, focuses the first and does not submit', async () => {
    const { onSubmit, user } = setup();
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(username()).toHaveAttribute('aria-invalid', 'true');
    expect(password()).toHaveAttribute('aria-invalid', 'true');
    expect(username()).toHaveAccessibleDescription('Enter your username.');
    expect(password()).toHaveAccessibleDescription('Enter your password.');
    expect(username()).toHaveFocus();
  });

  it('treats a username of spaces as empty, but a password of spaces as a password', async () => {
    const { onSubmit, user } = setup();
    await user.type(username(), '   ');
    await user.type(password(), '   ');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(username()).toHaveAccessibleDescription('Enter your username.');
    expect(password()).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a username with a colon and says why', async () => {
    const { onSubmit, user } = setup();
    await user.type(username(), 'lab:admin');
    await user.type(password(), 'secret');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(username()).toHaveAttribute('aria-invalid', 'true');
    expect(username()).toHaveAccessibleDescription(/cannot contain a colon/);
    // Fixing it clears the message as you type, and then it submits.
    await user.clear(username());
    await user.type(username(), 'labadmin');
    expect(username()).not.toHaveAttribute('aria-invalid');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith({ username: 'labadmin', password: 'secret' });
  });

  it.each([
    ['a pasted control character in the password', 'ada', 'pass\u0007word', password, 'The password contains an invisible control character.'],
    ['half an emoji (a lone surrogate) in the password', 'ada', 'pass\ud83d', password, 'The password contains a broken character'],
    ['a 1025-character password', 'ada', 'p'.repeat(1025), password, 'A password has at most 1024 characters.'],
    ['a 257-character username', 'a'.repeat(257), 'secret', username, 'A username has at most 256 characters.'],
  ])('refuses %s with a specific message, before anything is sent', (_, name, secret, field, message) => {
    const { onSubmit } = setup();
    // Pasted whole, as such values arrive.
    fireEvent.change(username(), { target: { value: name } });
    fireEvent.change(password(), { target: { value: secret } });
    fireEvent.submit(screen.getByRole('form'));
    return waitFor(() => {
      expect(field()).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(onSubmit).not.toHaveBeenCalled();
    });
  });

  it('shows a colon field error for an invalid-input error from the caller', () => {
    setup({
      defaultUsername: 'lab:admin',
      error: new AuthError('invalid-input', { detail: "username contains ':'" }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields and try again.');
    expect(username()).toHaveAttribute('aria-invalid', 'true');
    expect(username()).toHaveAccessibleDescription(/cannot contain a colon/);
    expect(password()).toHaveAttribute('aria-invalid', 'true'); // empty password is at fault too
  });
});

describe('LoginForm: one request per submit', () => {
  it('calls onSubmit once for a double click and a held Enter key', async () => {
    const { onSubmit, user } = setup();
    await user.type(username(), 'ada');
    await user.type(password(), 'secret');
    await user.dblClick(submitButton());
    await user.type(password(), '{Enter>5/}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    expect(submitButton()).toHaveTextContent('Signing in…');
  });

  it('calls onSubmit once for two submit events in the same tick', async () => {
    const { onSubmit, user, container } = setup({ defaultUsername: 'ada' });
    await user.type(password(), 'secret');
    const form = container.querySelector('form')!;
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('does nothing while pending, keeps focus, and submits again after pending ends', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} defaultUsername="ada" pending />);
    expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
    expect(submitButton()).toHaveTextContent('Signing in…');
    expect(submitButton()).toHaveAttribute('data-state', 'pending'); // the stylesheet's spinner
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    expect(submitButton()).not.toBeDisabled(); // still focusable
    await user.click(submitButton());
    expect(submitButton()).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();

    rerender(<LoginForm onSubmit={onSubmit} defaultUsername="ada" pending={false} />);
    expect(screen.getByRole('form')).not.toHaveAttribute('aria-busy');
    await user.type(password(), 'x');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('keeps what is typed while pending: the fields stay editable', async () => {
    const user = userEvent.setup();
    render(<LoginForm onSubmit={vi.fn()} defaultUsername="ada" pending />);
    expect(password()).not.toHaveAttribute('readonly');
    await user.type(password(), 'typed while waiting');
    expect(password()).toHaveValue('typed while waiting');
  });

  it('lets the user submit again once an error answers the last submit', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} defaultUsername="ada" />);
    await user.type(password(), 'secret');
    await user.click(submitButton());
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    rerender(<LoginForm onSubmit={onSubmit} defaultUsername="ada" error={new AuthError('network')} />);
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});

describe('LoginForm: errors', () => {
  it('keeps both typed values when an error arrives', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    function Harness() {
      const [state, setState] = useState<{ pending: boolean; error: AuthError | null }>({ pending: false, error: null });
      return (
        <>
          <LoginForm
            onSubmit={(values) => {
              onSubmit(values);
              setState({ pending: true, error: null });
            }}
            {...state}
          />
          <button type="button" onClick={() => setState({ pending: false, error: new AuthError('invalid-credentials') })}>
            answer
          </button>
        </>
      );
    }
    render(<Harness />);
    await user.type(username(), 'ada');
    await user.type(password(), 'wrong pässword');
    await user.click(submitButton());
    await user.click(screen.getByRole('button', { name: 'answer' }));

    expect(username()).toHaveValue('ada');
    expect(password()).toHaveValue('wrong pässword');
    expect(screen.getByRole('alert')).toHaveTextContent('That username and password do not match.');
    expect(username()).toHaveAttribute('aria-invalid', 'true');
    expect(password()).toHaveAttribute('aria-invalid', 'true');
    // Said once, by the alert: not also as a field's description.
    expect(username()).not.toHaveAccessibleDescription();
    expect(password()).not.toHaveAccessibleDescription();
  });

  it('moves focus to the first invalid field when invalid-credentials arrives', () => {
    const onSubmit = vi.fn();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} defaultUsername="ada" />);
    submitButton().focus();
    rerender(<LoginForm onSubmit={onSubmit} defaultUsername="ada" error={new AuthError('invalid-credentials')} />);
    expect(username()).toHaveFocus();
  });

  it('does not take focus for an error already there on mount, unless autoFocus', () => {
    const error = new AuthError('invalid-credentials');
    const { unmount } = setup({ defaultUsername: 'ada', error });
    expect(document.body).toHaveFocus();
    unmount();
    setup({ defaultUsername: 'ada', error, autoFocus: true });
    expect(password()).toHaveFocus(); // already on an invalid field: stays there
  });

  it('keeps focus on an invalid field it is already in', () => {
    const onSubmit = vi.fn();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} defaultUsername="ada" />);
    password().focus();
    rerender(<LoginForm onSubmit={onSubmit} defaultUsername="ada" error={new AuthError('invalid-credentials')} />);
    expect(password()).toHaveFocus();
  });

  it('leaves focus alone for errors that are not about a field', () => {
    const onSubmit = vi.fn();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} defaultUsername="ada" />);
    submitButton().focus();
    rerender(<LoginForm onSubmit={onSubmit} defaultUsername="ada" error={new AuthError('network')} />);
    expect(submitButton()).toHaveFocus();
    expect(username()).not.toHaveAttribute('aria-invalid');
  });

  it('puts an old error away as soon as the user edits, and on a new attempt', async () => {
    const { user, rerender } = setup({ defaultUsername: 'ada' });
    await user.type(password(), 'not-the-password');
    rerender({ error: new AuthError('invalid-credentials', { status: 401 }) });
    expect(screen.getByRole('alert')).toHaveTextContent('do not match');
    expect(password()).toHaveAttribute('aria-invalid', 'true');
    // Correcting the username: the refused pair is history, both marks and the alert go.
    await user.type(username(), ':admin');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(password()).not.toHaveAttribute('aria-invalid');
    // The new attempt's own problem is the only one shown.
    await user.click(submitButton());
    expect(await screen.findByText(/cannot contain a colon/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(password()).not.toHaveAttribute('aria-invalid');
  });

  it('shows the server’s words only where they add to the kit’s sentence', () => {
    const { rerender } = setup({
      error: new AuthError('invalid-credentials', { status: 401, serverMessage: 'Invalid username or password.' }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent(/^That username and password do not match\. Try again\.$/);
    for (const [kind, status] of [['rate-limited', 429], ['server', 503]] as const) {
      rerender({ error: new AuthError(kind, { status, serverMessage: 'Said again by the server' }) });
      expect(screen.getByRole('alert')).not.toHaveTextContent('Said again by the server');
    }
    rerender({ error: new AuthError('forbidden', { status: 403, serverMessage: 'User account is locked.' }) });
    expect(screen.getByRole('alert')).toHaveTextContent('The server said: User account is locked.');
  });

  it('isolates the server’s text, so its punctuation stays put in a right-to-left page', () => {
    setup({ error: new AuthError('forbidden', { status: 403, serverMessage: 'Locked.' }) });
    expect(screen.getByText('Locked.').tagName).toBe('BDI');
  });

  it('renders server text as text, never as HTML', () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const { container } = setup({ error: new AuthError('forbidden', { status: 403, serverMessage: payload }) });
    expect(screen.getByRole('alert')).toHaveTextContent(payload);
    expect(container.querySelector('img')).toBeNull();
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });
});

describe('LoginForm: rate limit countdown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the button under a fixed name, counts down beside it without announcing, then says once that it is over', async () => {
    vi.useFakeTimers();
    const onSubmit = vi.fn();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} defaultUsername="ada" />);
    act(() => void vi.advanceTimersByTime(5000)); // time before the error does not count
    rerender(
      <LoginForm onSubmit={onSubmit} defaultUsername="ada" error={new AuthError('rate-limited', { status: 429, retryAfter: 12 })} />,
    );
    // The alert says what the server asked, which stays true: it never changes while it is up
    // (any change to an alert is read out again).
    const alert = screen.getByRole('alert');
    const said = 'Too many attempts. Riffyn asked for a pause of 12 seconds.';
    expect(alert).toHaveTextContent(said);
    // A name that changed every second would be read every second while the button has focus.
    expect(submitButton()).toHaveAccessibleName('Sign in');
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    // The time left: a timer (never a live region), and not the button's description either (a
    // focused control's description changing every second is read every second).
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Try again in 12 seconds.');
    expect(timer.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    expect(submitButton()).not.toHaveAccessibleDescription();

    act(() => void vi.advanceTimersByTime(1000));
    expect(timer).toHaveTextContent('Try again in 11 seconds.');
    expect(alert).toHaveTextContent(said);
    expect(submitButton()).toHaveAccessibleName('Sign in');

    // Submitting while waiting does nothing.
    fireEvent.change(password(), { target: { value: 'secret' } });
    fireEvent.submit(screen.getByRole('form'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(onSubmit).not.toHaveBeenCalled();
    // ...but says once how long is left (the countdown itself is never announced)...
    expect(document.querySelector('[data-slot="status"]')).toHaveTextContent('Try again in 11 seconds.');
    // ...and editing does not put the wait away.
    expect(alert).toHaveTextContent(said);

    act(() => void vi.advanceTimersByTime(10_000));
    expect(timer).toHaveTextContent('Try again in 1 second.');
    act(() => void vi.advanceTimersByTime(1000));
    expect(submitButton()).toHaveAccessibleName('Sign in');
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(alert).toBeEmptyDOMElement();
    expect(screen.getByText('You can try to sign in again now.')).toHaveAttribute('role', 'status');

    fireEvent.submit(screen.getByRole('form'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(onSubmit).toHaveBeenCalledWith({ username: 'ada', password: 'secret' });
  });

  it('counts a long wait in whole minutes until the last minute', () => {
    vi.useFakeTimers();
    setup({ error: new AuthError('rate-limited', { status: 429, retryAfter: 118 }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Riffyn asked for a pause of 2 minutes.');
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Try again in 2 minutes.');
    act(() => void vi.advanceTimersByTime(57_000)); // 61 s left
    expect(timer).toHaveTextContent('Try again in 2 minutes.');
    act(() => void vi.advanceTimersByTime(1000)); // 60 s
    expect(timer).toHaveTextContent('Try again in 1 minute.');
    act(() => void vi.advanceTimersByTime(1000)); // 59 s
    expect(timer).toHaveTextContent('Try again in 59 seconds.');
  });

  it('does not count down without retryAfter', () => {
    setup({ error: new AuthError('rate-limited', { status: 429 }) });
    expect(submitButton()).toHaveTextContent('Sign in');
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
    // Without a readable Retry-After (a browser hides it cross-origin) it still says to wait.
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a minute before you try again.');
  });
});

describe('LoginForm: show password', () => {
  it('toggles the type and aria-pressed under one name, keeping focus and caret in the field', async () => {
    const { user } = setup();
    await user.type(password(), 'secret');
    password().setSelectionRange(2, 4);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('aria-controls', password().id);

    await user.click(toggle);
    expect(password()).toHaveAttribute('type', 'text');
    expect(password()).toHaveFocus();
    expect(password()).toHaveProperty('selectionStart', 2);
    expect(password()).toHaveProperty('selectionEnd', 4);
    // The kit's one toggle pattern: the name stays, aria-pressed tells the state.
    expect(toggle).toHaveAccessibleName('Show password');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await user.click(toggle);
    expect(password()).toHaveAttribute('type', 'password');
    expect(password()).toHaveValue('secret');
  });

  it('works from the keyboard and keeps focus on the toggle', async () => {
    const { user } = setup();
    await user.click(password());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(password()).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Show password', pressed: true })).toHaveFocus();
    await user.keyboard(' ');
    expect(password()).toHaveAttribute('type', 'password');
  });

  it('hides the password again on submit', async () => {
    const { user } = setup({ defaultUsername: 'ada' });
    await user.type(password(), 'secret');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    await user.type(password(), '{Enter}');
    expect(password()).toHaveAttribute('type', 'password');
  });
});

describe('LoginForm: caps lock', () => {
  it('warns while the password field has focus and Caps Lock is on', async () => {
    const { user } = setup();
    const region = document.getElementById(password().id.replace('-password', '-caps-lock'))!;
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toBeEmptyDOMElement();

    await user.click(password());
    await user.keyboard('{CapsLock}');
    expect(region).toHaveTextContent('Caps Lock is on.');
    expect(password()).toHaveAccessibleDescription('Caps Lock is on.');

    await user.tab(); // focus leaves the field: no warning
    expect(region).toBeEmptyDOMElement();
    await user.click(password());
    // Off again. Browsers disagree on what the Caps Lock key's own events report, so the next
    // ordinary key is what the component trusts.
    await user.keyboard('{CapsLock}a');
    expect(region).toBeEmptyDOMElement();
    expect(password()).not.toHaveAccessibleDescription('Caps Lock is on.');
  });

  it('does not warn in the username field', async () => {
    const { user } = setup();
    await user.click(username());
    await user.keyboard('{CapsLock}a');
    expect(screen.queryByText('Caps Lock is on.')).toBeNull();
  });
});

describe('LoginForm: messages and styling', () => {
  it('takes partial message overrides, including error texts', async () => {
    const { user } = setup({
      error: new AuthError('network'),
      messages: {
        heading: 'Anmelden',
        usernameLabel: 'Benutzername',
        submit: 'Anmelden bei Riffyn',
        passwordRequired: 'Bitte Passwort eingeben.',
        errors: { kinds: { network: 'Keine Verbindung.' } },
      },
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByLabelText('Benutzername')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument(); // not overridden
    expect(screen.getByRole('alert')).toHaveTextContent('Keine Verbindung.');
    await user.click(screen.getByRole('button', { name: 'Anmelden bei Riffyn' }));
    expect(password()).toHaveAccessibleDescription('Bitte Passwort eingeben.');
  });

  it('picks the heading level', () => {
    setup({ headingLevel: 1 });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Riffyn' })).toBeInTheDocument();
  });

  it('puts data-slot on every part, classNames per slot, theme variables on the root', () => {
    const ref = { current: null as HTMLDivElement | null };
    const { container } = setup({
      ref,
      className: 'mine',
      classNames: { root: 'root-c', input: 'input-c', submit: 'submit-c', toggle: 'toggle-c', heading: 'heading-c' },
      theme: { colorPrimary: 'rebeccapurple' },
      style: { marginTop: '3px' },
    });
    const root = container.firstElementChild as HTMLElement;
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('data-slot', 'root');
    expect(root).toHaveAttribute('data-rlk-component', 'login-form');
    expect(root).toHaveClass('rlk', 'mine', 'root-c');
    expect(root.style.getPropertyValue('--rlk-color-primary')).toBe('rebeccapurple');
    expect(root.style.marginTop).toBe('3px');
    for (const slot of ['heading', 'form', 'alert', 'field', 'label', 'input', 'input-row', 'toggle', 'caps-lock', 'submit', 'status']) {
      expect(container.querySelector(`[data-slot="${slot}"]`), slot).not.toBeNull();
    }
    expect(username()).toHaveClass('input-c');
    expect(password()).toHaveClass('input-c');
    expect(username()).toHaveAttribute('data-slot', 'input');
    expect(submitButton()).toHaveClass('submit-c');
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveClass('toggle-c');
    expect(screen.getByRole('heading')).toHaveClass('heading-c');
    expect(root).toHaveAttribute('data-state', 'idle');
  });

  it('drops the rlk class when unstyled', () => {
    const { container } = setup({ unstyled: true });
    const root = container.firstElementChild as HTMLElement;
    expect(root).not.toHaveClass('rlk');
    expect(root).toHaveAttribute('data-slot', 'root');
  });

  it('exposes states as data attributes', () => {
    const { container } = setup({ pending: true });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'pending');
    expect(submitButton()).toHaveAttribute('data-state', 'pending');
  });
});

describe('LoginForm: second accessibility round, password managers', () => {
  const setNatively = (input: HTMLInputElement, value: string) =>
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  const statusRegion = () => document.querySelector<HTMLElement>('[data-slot="status"]')!;

  it('sends what the fields hold when a manager filled them without any event', async () => {
    const { onSubmit, user } = setup();
    setNatively(username(), 'ada');
    setNatively(password(), 'pässwörd');
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ username: 'ada', password: 'pässwörd' });
    expect(screen.queryByText('Enter your username.')).toBeNull();
  });

  it('checks what the fields hold: a field emptied without events is refused', async () => {
    const { onSubmit, user } = setup();
    await user.type(username(), 'ada');
    await user.type(password(), 'secret');
    setNatively(username(), '');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Enter your username.')).toBeVisible();
  });

  it('says the error when Enter is pressed in the empty field (focus cannot move there), not when focus moves', async () => {
    const { user } = setup();
    await user.click(username());
    await user.keyboard('{Enter}');
    expect(username()).toHaveFocus();
    expect(statusRegion()).toHaveTextContent('Enter your username. Enter your password.');
    await user.type(username(), 'ada');
    expect(statusRegion()).toBeEmptyDOMElement();
    await user.click(password());
    await user.keyboard('{Enter}');
    expect(statusRegion()).toHaveTextContent('Enter your password.');
    // From the button, focus moves to the field, whose description says it: the region stays quiet.
    await user.type(password(), 'x');
    await user.clear(username());
    await user.click(submitButton());
    expect(username()).toHaveFocus();
    expect(username()).toHaveAccessibleDescription('Enter your username.');
    expect(statusRegion()).toBeEmptyDOMElement();
  });

  it('opens with an error (session ended): focus in the field, the reason said once by the alert, filled after mount', () => {
    // The alert's first commit is empty: a live region that arrives with its text is often not read.
    const html = renderToString(<LoginForm onSubmit={() => {}} defaultUsername="ada" error={new AuthError('session-expired')} />);
    expect(html).toMatch(/role="alert"[^>]*><\/div>/);
    setup({ autoFocus: true, defaultUsername: 'ada', error: new AuthError('session-expired') });
    expect(password()).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(/session/i);
    // Not also the focused field's description: that would say it twice.
    expect(password()).not.toHaveAccessibleDescription();
  });

  it('keeps its heading inside a landmark named by it', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Sign in to Riffyn' });
    expect(region).toContainElement(screen.getByRole('heading', { name: 'Sign in to Riffyn' }));
    expect(region).toContainElement(screen.getByRole('form', { name: 'Sign in to Riffyn' }));
  });

  it('is a password field again when it is sent, whatever the toggle showed', async () => {
    let typeAtSubmit = '';
    const { user } = setup({ onSubmit: () => void (typeAtSubmit = password().type) });
    await user.type(username(), 'ada');
    await user.type(password(), 'secret');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password()).toHaveAttribute('type', 'text');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(typeAtSubmit).toBe('password'));
  });
});
