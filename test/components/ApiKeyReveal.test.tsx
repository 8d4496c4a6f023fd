import type { ComponentProps } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiKeyReveal } from '../../src/components/ApiKeyReveal/index.js';
import { hiddenFromSessionReplay } from '../../src/components/shared/session-replay.js';
import type { ApiKeyInfo } from '../../src/core/auth-machine.js';
import { AuthError } from '../../src/core/errors.js';

const KEY = 'rfk_live_9f8e7d6c5b4a3210ffeeddccbbaa9988';
const MESSAGE = 'This Api key is displayed only once, please save it and store securely';
const shown: ApiKeyInfo = { status: 'shown', value: KEY, name: 'loginKey', message: MESSAGE };
const acknowledged: ApiKeyInfo = { status: 'acknowledged', name: 'loginKey' };

function setup(props: Partial<ComponentProps<typeof ApiKeyReveal>> = {}) {
  const user = userEvent.setup();
  const onAcknowledge = vi.fn();
  const utils = render(<ApiKeyReveal apiKey={shown} onAcknowledge={onAcknowledge} {...props} />);
  const root = utils.container.querySelector<HTMLElement>('[data-slot="root"]')!;
  return { user, onAcknowledge, root, ...utils };
}

/** The clipboard as the page sees it; user-event installs its own stub in setup(), so replace after. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  const value = writeText ? { writeText: vi.fn(writeText) } : undefined;
  Object.defineProperty(window.navigator, 'clipboard', { value, configurable: true, writable: true });
  return value?.writeText;
}

/** "Rename key", the quiet button that opens the rename form. */
const openRename = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Rename key' }));

const keyInDom = () => document.documentElement.outerHTML.includes(KEY);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ApiKeyReveal — shown', () => {
  it('masks the key by default: the value is nowhere in the DOM, not even in an attribute', () => {
    const { root } = setup();
    expect(screen.getByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'masked');
    expect(document.body.innerHTML).not.toContain(KEY);
    expect(keyInDom()).toBe(false);
    // Only a short prefix is visible.
    expect(root.querySelector('[data-slot="key-value"]')).toHaveTextContent(/^rfk_•+/);
    expect(document.body.innerHTML).not.toContain(KEY.slice(0, 8));
    expect(screen.getByRole('button', { name: 'Show key' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('textbox', { name: 'API key' })).not.toBeInTheDocument();
  });

  it('does not give away much of a short key', () => {
    render(<ApiKeyReveal apiKey={{ ...shown, value: 'abcdefgh' }} onAcknowledge={() => {}} />);
    expect(document.body.innerHTML).not.toContain('abc');
  });

  it('keeps its own warning, without a server message that only says it again, and the key name as text', () => {
    const { root } = setup({ username: 'ada.lovelace' });
    const warning = root.querySelector('[data-slot="warning"]')!;
    expect(warning).toHaveTextContent(/^This key is shown only once\. Save it somewhere safe now\.$/);
    expect(root.querySelector('[data-slot="server-message"]')).toBeNull();
    expect(root).not.toHaveTextContent(/displayed only once/);
    expect(screen.getByText('loginKey')).toBeInTheDocument();
    expect(screen.getByText('Signed in as \u2068ada.lovelace\u2069')).toBeInTheDocument();
  });

  it('adds the server’s message, as quieter text, when it says something the kit does not', () => {
    const { root } = setup({ apiKey: { ...shown, message: 'Keys expire after 90 days.' } });
    const warning = root.querySelector('[data-slot="warning"]')!;
    expect(warning).toHaveTextContent(/^This key is shown only once\. Save it somewhere safe now\./);
    expect(warning.querySelector('[data-slot="server-message"]')).toHaveTextContent('The server said: Keys expire after 90 days.');
  });

  it('shows its own warning alone when the server sent no message', () => {
    const { root } = setup({ apiKey: { ...shown, message: null } });
    expect(screen.getByText(/shown only once/)).toHaveAttribute('data-slot', 'warning');
    expect(root.querySelector('[data-slot="server-message"]')).toBeNull();
  });

  it('renders a server message containing markup as characters', () => {
    const evil = '<img src=x onerror="alert(1)"> save it';
    const { root } = setup({ apiKey: { ...shown, message: evil } });
    expect(screen.getByText(evil)).toBeInTheDocument();
    expect(root.querySelector('img')).toBeNull();
  });

  it('reveals the key in a labelled readonly field, and hides it again', async () => {
    const { user, root } = setup();
    const toggle = screen.getByRole('button', { name: 'Show key' });
    await user.click(toggle);
    // The kit's one toggle pattern, as for the password: the name stays, aria-pressed says shown.
    expect(toggle).toHaveAccessibleName('Show key');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(root).toHaveAttribute('data-state', 'revealed');
    const field = screen.getByRole('textbox', { name: 'API key' });
    expect(field).toHaveValue(KEY);
    expect(field).toHaveAttribute('readonly');
    // Session-replay tools (LogRocket, Sentry, Hotjar, Datadog, Clarity, PostHog) record no element marked so.
    expect(Object.keys(hiddenFromSessionReplay)).toEqual(expect.arrayContaining(['data-private', 'data-sentry-mask', 'data-hj-suppress']));
    for (const [name, value] of Object.entries(hiddenFromSessionReplay)) expect(field).toHaveAttribute(name, value);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(root).toHaveAttribute('data-state', 'masked');
    expect(keyInDom()).toBe(false);
  });

  it('copies the full value while masked and announces it politely', async () => {
    const { user, root } = setup();
    const writeText = stubClipboard(() => Promise.resolve());
    const log = vi.spyOn(console, 'log');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(KEY);
    const status = await screen.findByText('Copied to clipboard.');
    expect(status).toHaveAttribute('role', 'status');
    expect(root).toHaveAttribute('data-state', 'copied');
    // Copying does not reveal.
    expect(document.body.innerHTML).not.toContain(KEY);
    expect(log).not.toHaveBeenCalled();
  });

  it('says "Copied" for two seconds, then the copy button and the status go back', async () => {
    const { root } = setup();
    stubClipboard(() => Promise.resolve());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      });
      const status = root.querySelector('[data-slot="status"]')!;
      expect(status).toHaveTextContent('Copied to clipboard.');
      expect(screen.getByRole('button', { name: 'Copy' })).toHaveAttribute('data-state', 'copied');
      act(() => void vi.advanceTimersByTime(1999));
      expect(status).toHaveTextContent('Copied to clipboard.');
      act(() => void vi.advanceTimersByTime(1));
      expect(status).toBeEmptyDOMElement();
      expect(screen.getByRole('button', { name: 'Copy' })).toHaveAttribute('data-state', 'idle');
      expect(root).toHaveAttribute('data-state', 'masked');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says how to copy by hand when the browser refuses', async () => {
    const { user, root } = setup();
    stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    const error = vi.spyOn(console, 'error');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const text = await screen.findByText(/did not allow copying.*Show key.*copy it yourself/);
    expect(text).toHaveAttribute('role', 'status');
    expect(text).toHaveAttribute('data-state', 'failed');
    expect(root).toHaveAttribute('data-state', 'masked');
    for (const call of error.mock.calls) expect(JSON.stringify(call)).not.toContain(KEY);
  });

  it('empties the clipboard it filled once the key is saved: the key leaves both at once', async () => {
    const { user, rerender, onAcknowledge } = setup();
    const writeText = stubClipboard(() => Promise.resolve())!;
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied to clipboard.');
    rerender(<ApiKeyReveal apiKey={acknowledged} onAcknowledge={onAcknowledge} />);
    expect(writeText.mock.calls).toEqual([[KEY], ['']]);
    rerender(<ApiKeyReveal apiKey={{ status: 'none', message: null }} onAcknowledge={onAcknowledge} />);
    expect(writeText).toHaveBeenCalledTimes(2); // once is enough
  });

  it('empties it too when the view goes without "Done" (a sign-out), and not when it never copied', async () => {
    const first = setup();
    const writeText = stubClipboard(() => Promise.resolve())!;
    await first.user.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied to clipboard.');
    first.unmount();
    expect(writeText).toHaveBeenLastCalledWith('');

    const second = setup();
    const untouched = stubClipboard(() => Promise.resolve())!;
    second.unmount();
    expect(untouched).not.toHaveBeenCalled();
  });

  it('leaves the clipboard alone when the user may have copied something else since', async () => {
    for (const since of ['a copy in the page', 'a cut in the page', 'the window losing focus'] as const) {
      const { user, rerender, onAcknowledge, unmount } = setup();
      const writeText = stubClipboard(() => Promise.resolve())!;
      await user.click(screen.getByRole('button', { name: 'Copy' }));
      await screen.findByText('Copied to clipboard.');
      if (since === 'the window losing focus') fireEvent.blur(window);
      else fireEvent(document, new Event(since === 'a copy in the page' ? 'copy' : 'cut'));
      rerender(<ApiKeyReveal apiKey={acknowledged} onAcknowledge={onAcknowledge} />);
      await act(async () => {});
      expect(writeText.mock.calls, since).toEqual([[KEY]]);
      unmount();
    }
  });

  it('reads the clipboard where that needs no prompt: empties it only if it holds the key', async () => {
    for (const held of [KEY, 'what the user copied since']) {
      const { user, rerender, onAcknowledge, unmount } = setup();
      const writeText = stubClipboard(() => Promise.resolve())!;
      Object.assign(navigator.clipboard, { readText: vi.fn(async () => held) });
      const query = vi.fn(async () => ({ state: 'granted' }));
      Object.defineProperty(navigator, 'permissions', { value: { query }, configurable: true });
      await user.click(screen.getByRole('button', { name: 'Copy' }));
      await screen.findByText('Copied to clipboard.');
      fireEvent.blur(window); // unknown from the page alone: the clipboard itself says
      rerender(<ApiKeyReveal apiKey={acknowledged} onAcknowledge={onAcknowledge} />);
      await waitFor(() => expect(query).toHaveBeenCalledWith({ name: 'clipboard-read' }));
      await act(async () => {});
      expect(writeText.mock.calls).toEqual(held === KEY ? [[KEY], ['']] : [[KEY]]);
      Reflect.deleteProperty(navigator, 'permissions');
      unmount();
    }
  });

  it('says so when there is no clipboard at all', async () => {
    const { user } = setup();
    stubClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/did not allow copying.*Show key.*copy it yourself/)).toHaveAttribute('data-state', 'failed');
  });

  it('keeps Done inactive until the user confirms saving the key', async () => {
    const { user, onAcknowledge } = setup();
    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toHaveAttribute('aria-disabled', 'true');
    // Said to screen readers; on screen only once Done was pressed (it would repeat the checkbox's label).
    expect(done).toHaveAccessibleDescription('Confirm that you saved the key first: it will not be shown again.');
    expect(screen.getByText(/Confirm that you saved the key first/)).toHaveAttribute('data-state', 'idle');
    await user.click(done);
    expect(onAcknowledge).not.toHaveBeenCalled();
    const checkbox = screen.getByRole('checkbox', { name: 'I have saved this key somewhere safe' });
    expect(checkbox).toHaveFocus();
    expect(checkbox).toBeRequired();
    expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Confirm that you saved the key first/)).toHaveAttribute('data-state', 'error');
    expect(screen.getByText(/Confirm that you saved the key first/)).not.toHaveStyle({ position: 'absolute' });
    await user.click(checkbox);
    expect(done).not.toHaveAttribute('aria-disabled');
    await user.click(done);
    expect(onAcknowledge).toHaveBeenCalledTimes(1);
  });

  it('works with the keyboard alone', async () => {
    const { user, onAcknowledge } = setup({ autoFocus: true });
    const writeText = stubClipboard(() => Promise.resolve());
    expect(screen.getByRole('heading', { name: 'Save your API key' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show key' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('textbox', { name: 'API key' })).toHaveValue(KEY);
    await user.tab({ shift: true }); // the revealed field comes before its buttons
    expect(screen.getByRole('textbox', { name: 'API key' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(KEY);
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox')).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onAcknowledge).toHaveBeenCalledTimes(1);
  });
});

describe('ApiKeyReveal — after acknowledgement', () => {
  it('drops the value from the DOM on rerender and moves focus to the new heading', async () => {
    const { user, rerender, root, onAcknowledge } = setup();
    await user.click(screen.getByRole('button', { name: 'Show key' }));
    expect(keyInDom()).toBe(true);
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    rerender(<ApiKeyReveal apiKey={acknowledged} onAcknowledge={onAcknowledge} />);
    expect(keyInDom()).toBe(false);
    expect(root).toHaveAttribute('data-state', 'acknowledged');
    expect(screen.getByRole('heading', { name: 'API key saved' })).toHaveFocus();
    expect(screen.getByText('Your key \u2068loginKey\u2069 is saved; it will not be shown again.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show key' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy' })).not.toBeInTheDocument();
  });

  it('cannot bring the value back after unmount and remount', async () => {
    const { user, unmount } = setup();
    await user.click(screen.getByRole('button', { name: 'Show key' }));
    unmount();
    render(<ApiKeyReveal apiKey={acknowledged} onAcknowledge={() => {}} />);
    expect(keyInDom()).toBe(false);
    expect(screen.getByRole('heading', { name: 'API key saved' })).toBeInTheDocument();
  });

  it('starts masked again if a new key arrives later', async () => {
    const { user, rerender } = setup();
    await user.click(screen.getByRole('button', { name: 'Show key' }));
    rerender(<ApiKeyReveal apiKey={acknowledged} onAcknowledge={() => {}} />);
    rerender(<ApiKeyReveal apiKey={{ ...shown, value: 'zzzz_another_key_0000000000' }} onAcknowledge={() => {}} />);
    expect(document.body.innerHTML).not.toContain('zzzz_another_key_0000000000');
    expect(screen.getByRole('button', { name: 'Show key' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('offers Continue when onContinue is given', async () => {
    const onContinue = vi.fn();
    const { user } = setup({ apiKey: acknowledged, onContinue });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});

describe('ApiKeyReveal — no new key', () => {
  it('explains that the user already has a key and where to manage it', async () => {
    const onContinue = vi.fn();
    const { user, root } = setup({
      apiKey: { status: 'none', message: 'Welcome back <b>ada</b>' },
      onContinue,
      manageKeysHref: 'https://app.riffyn.com/settings/security',
    });
    expect(root).toHaveAttribute('data-state', 'none');
    expect(screen.getByRole('heading', { name: 'You already have an API key' })).toBeInTheDocument();
    expect(screen.getByText(/Security Settings in Riffyn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Security Settings' })).toHaveAttribute(
      'href',
      'https://app.riffyn.com/settings/security',
    );
    expect(root.querySelector('[data-slot="server-message"]')).toHaveTextContent('The server said: Welcome back <b>ada</b>');
    expect(root.querySelector('b')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });

  it('shows no server line and no Continue when there is neither', () => {
    const { root } = setup({ apiKey: { status: 'none', message: null } });
    expect(root.querySelector('[data-slot="server-message"]')).toBeNull();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('ApiKeyReveal — rename', () => {
  const idle = { isPending: false, error: null, isSuccess: false };

  it('has no rename form without onRename', () => {
    setup();
    expect(screen.queryByRole('textbox', { name: 'Key name' })).not.toBeInTheDocument();
  });

  it('validates the name before calling onRename', async () => {
    const onRename = vi.fn();
    const { user } = setup({ onRename, renameState: idle });
    // Behind a quiet button until asked for; the field then has focus.
    expect(screen.queryByRole('textbox', { name: 'Key name' })).not.toBeInTheDocument();
    expect(screen.getByText('loginKey')).toBeInTheDocument();
    await openRename(user);
    const input = screen.getByRole('textbox', { name: 'Key name' });
    expect(input).toHaveFocus();
    expect(input).toHaveValue('loginKey');
    const submit = screen.getByRole('button', { name: 'Rename' });

    await user.click(submit);
    expect(screen.getByText(/already the key’s name/)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();

    await user.clear(input);
    await user.type(input, '   ');
    await user.click(submit);
    expect(input).toHaveAccessibleDescription(/Enter a name for the key\./);

    await user.clear(input);
    await user.click(input);
    await user.paste('x'.repeat(101));
    await user.click(submit);
    expect(screen.getByText('Use at most 100 characters.')).toHaveAttribute('data-slot', 'field-error');
    expect(onRename).not.toHaveBeenCalled();

    await user.clear(input);
    await user.type(input, '  ci-pipeline {Enter}');
    expect(onRename).toHaveBeenCalledExactlyOnceWith('ci-pipeline');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('accepts exactly 100 characters', async () => {
    const onRename = vi.fn();
    const { user } = setup({ onRename });
    await openRename(user);
    const input = screen.getByRole('textbox', { name: 'Key name' });
    await user.clear(input);
    await user.click(input);
    await user.paste('y'.repeat(100));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(onRename).toHaveBeenCalledWith('y'.repeat(100));
  });

  it('shows the pending state and does not submit twice', async () => {
    const onRename = vi.fn();
    const { user } = setup({ onRename, renameState: { isPending: true, error: null, isSuccess: false } });
    const button = screen.getByRole('button', { name: 'Renaming…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('textbox', { name: 'Key name' })).toHaveAttribute('readonly');
    await user.click(button);
    expect(onRename).not.toHaveBeenCalled();
  });

  it('reports a taken name through the alert, without the server saying it again', () => {
    const error = new AuthError('conflict', { status: 409, serverMessage: 'An API key with that name already exists.' });
    setup({ onRename: vi.fn(), renameState: { isPending: false, error, isSuccess: false } });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^That name is already taken\. Choose another\.$/);
    const input = screen.getByRole('textbox', { name: 'Key name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/That name is already taken/);
  });

  it('explains an ended session without telling the user to leave the key behind', () => {
    const error = new AuthError('session-expired', { status: 401 });
    setup({ onRename: vi.fn(), renameState: { isPending: false, error, isSuccess: false } });
    expect(screen.getByRole('alert')).toHaveTextContent(/session has ended.*Save the key first/);
    // Still possible to save the key.
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  });

  it('announces success with the new name and follows it in the field', () => {
    const onRename = vi.fn();
    const { rerender } = setup({ onRename, renameState: { isPending: true, error: null, isSuccess: false } });
    rerender(
      <ApiKeyReveal
        apiKey={{ ...shown, name: 'ci-pipeline' }}
        onAcknowledge={() => {}}
        onRename={onRename}
        renameState={{ isPending: false, error: null, isSuccess: true }}
      />,
    );
    const status = screen.getByText('Renamed to ci-pipeline.');
    expect(status).toHaveAttribute('role', 'status');
    expect(screen.getByRole('textbox', { name: 'Key name' })).toHaveValue('ci-pipeline');
  });

  it('lets "Renamed to …" go after a few seconds, and says it again for the next rename', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const success = { isPending: false, error: null, isSuccess: true };
      const view = render(<ApiKeyReveal apiKey={{ ...shown, name: 'ci' }} onAcknowledge={() => {}} onRename={vi.fn()} renameState={success} />);
      const status = view.container.querySelector('[data-slot="rename"] [role="status"]')!;
      expect(status).toHaveTextContent('Renamed to ci.');
      act(() => void vi.advanceTimersByTime(4000));
      expect(status).toBeEmptyDOMElement();
      view.rerender(<ApiKeyReveal apiKey={{ ...shown, name: 'nightly' }} onAcknowledge={() => {}} onRename={vi.fn()} renameState={success} />);
      expect(status).toHaveTextContent('Renamed to nightly.');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('ApiKeyReveal — messages and styling', () => {
  it('takes partial message overrides, including the errors', () => {
    const error = new AuthError('conflict', { status: 409 });
    setup({
      onRename: vi.fn(),
      renameState: { isPending: false, error, isSuccess: false },
      messages: {
        shown: { heading: 'API-Schlüssel speichern', copy: 'Kopieren' },
        rename: { label: 'Schlüsselname' },
        errors: { kinds: { conflict: 'Name schon vergeben.' } },
      },
    });
    expect(screen.getByRole('heading', { name: 'API-Schlüssel speichern' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kopieren' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Schlüsselname' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Name schon vergeben.');
    // Untouched strings keep their defaults.
    expect(screen.getByRole('button', { name: 'Show key' })).toBeInTheDocument();
  });

  it('puts data-slot on every element and classNames on slots', async () => {
    const { root, user } = setup({
      onRename: vi.fn(),
      className: 'mine',
      classNames: { root: 'r', heading: 'h', 'key-value': 'kv', copy: 'c', done: 'd', input: 'i' },
      theme: { colorPrimary: 'rebeccapurple' },
    });
    expect(root).toHaveClass('rlk', 'mine', 'r');
    expect(root).toHaveAttribute('data-rlk-component', 'api-key-reveal');
    expect(root.style.getPropertyValue('--rlk-color-primary')).toBe('rebeccapurple');
    expect(screen.getByRole('heading')).toHaveClass('h');
    expect(root.querySelector('[data-slot="key-value"]')).toHaveClass('kv');
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveClass('c');
    expect(screen.getByRole('button', { name: 'Done' })).toHaveClass('d');
    expect(root.querySelector('[data-slot="rename-toggle"]')).toHaveAttribute('aria-expanded', 'false');
    await openRename(user);
    expect(screen.getByRole('textbox', { name: 'Key name' })).toHaveClass('i');
    for (const slot of ['heading', 'warning', 'key-field', 'label', 'key-actions', 'reveal', 'status', 'confirm', 'checkbox', 'confirm-label', 'hint', 'rename', 'alert']) {
      expect(root.querySelector(`[data-slot="${slot}"]`), slot).not.toBeNull();
    }
    for (const el of root.querySelectorAll('button, input, textarea, label, p, h2')) {
      expect(el.getAttribute('data-slot'), el.outerHTML).toBeTruthy();
    }
  });

  it('drops the .rlk class when unstyled', () => {
    const { root } = setup({ unstyled: true, className: 'app' });
    expect(root).not.toHaveClass('rlk');
    expect(root).toHaveClass('app');
  });

  it('passes ref to the root section', () => {
    const ref = { current: null as HTMLElement | null };
    const { root } = setup({ ref });
    expect(ref.current).toBe(root);
    expect(root.tagName).toBe('SECTION');
    expect(root).toHaveAccessibleName('Save your API key');
  });
});

describe('ApiKeyReveal — accessibility and password managers', () => {
  const ignoreAttributes = {
    autocomplete: 'off',
    'data-1p-ignore': 'true',
    'data-lpignore': 'true',
    'data-bwignore': 'true',
    'data-form-type': 'other',
  };
  const expectIgnored = (element: HTMLElement) => {
    for (const [name, value] of Object.entries(ignoreAttributes)) expect(element).toHaveAttribute(name, value);
    expect(element).not.toHaveAttribute('type', 'password');
  };

  it('does not expose the "saved" checkbox as invalid before Done was pressed', async () => {
    const { user } = setup();
    const checkbox = screen.getByRole('checkbox');
    expect(checkbox).not.toBeInvalid();
    expect(checkbox).not.toHaveAttribute('required');
    expect(checkbox).toBeRequired(); // aria-required
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(checkbox).toBeInvalid();
    expect(checkbox).toHaveFocus();
  });

  it('marks the key and its name so no password manager fills them or offers to save them', async () => {
    const { user } = setup({ onRename: vi.fn() });
    await openRename(user);
    expectIgnored(screen.getByLabelText('Key name'));
    await user.click(screen.getByRole('button', { name: 'Show key' }));
    expectIgnored(screen.getByRole('textbox', { name: 'API key' }));
    // No field in the step is a password field, so nothing here looks like a sign-in to a browser.
    expect(document.querySelector('input[type="password"]')).toBeNull();
  });

  it('renames to what the field holds, also when it changed without events', async () => {
    const onRename = vi.fn();
    const { user } = setup({ onRename });
    await openRename(user);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(screen.getByLabelText('Key name'), 'ci-key');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(onRename).toHaveBeenCalledExactlyOnceWith('ci-key');
  });
});
