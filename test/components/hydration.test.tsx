// Server-rendered forms before and after React hydrates them (jsdom). What a browser does with
// Enter before hydration is checked in Chromium (test/e2e/ssr.spec.ts); here: the guard is in the
// HTML, and what was typed survives hydration.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiKeyReveal } from '../../src/components/ApiKeyReveal/ApiKeyReveal.js';
import { LoginForm } from '../../src/components/LoginForm/LoginForm.js';
import { MfaFactorPicker } from '../../src/components/MfaFactorPicker/MfaFactorPicker.js';
import { totpFactor } from '../../src/testing/fixtures.js';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/** The server's HTML in the page, before any script ran. */
function serverRender(element: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  return container;
}

const hydrate = (container: HTMLElement, element: ReactElement) => act(() => void (root = hydrateRoot(container, element)));

/** What a user does to a field before the page's script runs: the browser changes its value. */
function typeBeforeHydration(field: Element | null, value: string) {
  (field as HTMLInputElement).value = value;
}

describe('LoginForm, server-rendered', () => {
  const form = (onSubmit = vi.fn(), defaultUsername = '') => <LoginForm onSubmit={onSubmit} defaultUsername={defaultUsername} />;

  it('cannot be submitted before hydration: its default button is disabled, its method POST', () => {
    const container = serverRender(form());
    const submit = container.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(submit.disabled).toBe(true);
    expect(container.querySelector('form')!.getAttribute('method')).toBe('post');
  });

  it('takes focus as it hydrates with autoFocus, though its fields have no name until live', () => {
    const element = <LoginForm onSubmit={() => {}} autoFocus defaultUsername="ada" />;
    const container = serverRender(element);
    document.body.append(container);
    try {
      hydrate(container, element);
      expect(document.activeElement).toBe(container.querySelector('input[type=password]'));
    } finally {
      container.remove();
    }
  });

  it('keeps what was typed before hydration, and sends it once live', async () => {
    const onSubmit = vi.fn();
    const container = serverRender(form(onSubmit, 'prefilled'));
    typeBeforeHydration(container.querySelector('[autocomplete=username]'), 'ada.lovelace');
    typeBeforeHydration(container.querySelector('[autocomplete=current-password]'), 'S3cret-pa55!');
    hydrate(container, form(onSubmit, 'prefilled'));

    expect(screen.getByLabelText('Username')).toHaveValue('ada.lovelace');
    expect(screen.getByLabelText('Password')).toHaveValue('S3cret-pa55!');
    const submit = screen.getByRole('button', { name: 'Sign in' });
    expect(submit).toBeEnabled();
    await userEvent.setup().click(submit);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ username: 'ada.lovelace', password: 'S3cret-pa55!' });
  });

  it('a field left alone before hydration gets its default', async () => {
    const container = serverRender(form(vi.fn(), 'prefilled'));
    hydrate(container, form(vi.fn(), 'prefilled'));
    expect(screen.getByLabelText('Username')).toHaveValue('prefilled');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});

describe('MfaFactorPicker, server-rendered', () => {
  const picker = (onSubmit = vi.fn()) => (
    <MfaFactorPicker
      factors={[totpFactor()]}
      selectedFactorId={null}
      expiresAt={null}
      onChooseFactor={() => {}}
      onSubmit={onSubmit}
      onRestart={() => {}}
      autoFocus={false}
    />
  );

  it('cannot send a code before hydration, and keeps the one typed', async () => {
    const onSubmit = vi.fn();
    const container = serverRender(picker(onSubmit));
    expect(container.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
    expect(container.querySelector('form')!.getAttribute('method')).toBe('post');
    typeBeforeHydration(container.querySelector('[autocomplete=one-time-code]'), '123 456');
    hydrate(container, picker(onSubmit));

    expect(screen.getByLabelText('6-digit code')).toHaveValue('123456');
    await act(async () => {}); // a re-render (the countdown, a parent) must not empty it
    expect(screen.getByLabelText('6-digit code')).toHaveValue('123456');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('123456');
  });
});

const renamed = { isPending: false, error: null, isSuccess: true };

describe('ApiKeyReveal’s rename form, server-rendered', () => {
  // Open, as after a rename (closed, the form is not in the page until "Rename key" is pressed).
  const reveal = (onRename = vi.fn()) => (
    <ApiKeyReveal apiKey={{ status: 'shown', value: 'rk_x', name: 'loginKey', message: null }} onAcknowledge={() => {}} onRename={onRename} renameState={renamed} />
  );

  it('closed, offers "Rename key" only once live', async () => {
    const closed = <ApiKeyReveal apiKey={{ status: 'shown', value: 'rk_x', name: 'loginKey', message: null }} onAcknowledge={() => {}} onRename={vi.fn()} />;
    const container = serverRender(closed);
    expect(container.querySelector('[data-slot=rename]')).toBeNull();
    expect(container.querySelector<HTMLButtonElement>('[data-slot=rename-toggle]')!.disabled).toBe(true);
    hydrate(container, closed);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Rename key' }));
    expect(screen.getByLabelText('Key name')).toHaveFocus();
  });

  it('cannot be submitted before hydration, and keeps the name typed', async () => {
    const onRename = vi.fn();
    const container = serverRender(reveal(onRename));
    const form = container.querySelector('[data-slot=rename]')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
    typeBeforeHydration(form.querySelector('input'), 'laptop');
    hydrate(container, reveal(onRename));
    expect(screen.getByLabelText('Key name')).toHaveValue('laptop');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Rename' }));
    expect(onRename).toHaveBeenCalledExactlyOnceWith('laptop');
  });
});

describe('a script submitting the form before hydration (form.submit(), requestSubmit())', () => {
  const views: Array<[string, ReactElement, string[]]> = [
    ['LoginForm', <LoginForm onSubmit={() => {}} />, ['username', 'password']],
    [
      'MfaFactorPicker',
      <MfaFactorPicker
        factors={[totpFactor()]}
        username="ada"
        selectedFactorId={null}
        expiresAt={null}
        onChooseFactor={() => {}}
        onSubmit={() => {}}
        onRestart={() => {}}
        autoFocus={false}
      />,
      ['username', 'passCode'],
    ],
    [
      'ApiKeyReveal',
      <ApiKeyReveal apiKey={{ status: 'shown', value: 'rk_x', name: 'loginKey', message: null }} onAcknowledge={() => {}} onRename={() => {}} renameState={renamed} />,
      ['apiKeyName'],
    ],
  ];

  it.each(views)('%s: the server HTML names no field, so what was typed is not in what a form sends', async (_, element, names) => {
    const container = serverRender(element);
    // What the browser would send is the form's data set: FormData(form) is that set.
    const sent = () => [...container.querySelectorAll('form')].flatMap((form) => [...new FormData(form).keys()]);
    for (const field of container.querySelectorAll('form input:not([hidden])')) typeBeforeHydration(field, '123456');
    expect(sent()).toEqual([]);
    hydrate(container, element);
    expect(sent()).toEqual(names);
  });
});

describe('rendered in the browser only', () => {
  it('is live from the first render', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const { createRoot } = await import('react-dom/client');
    const plain = createRoot(container);
    act(() => plain.render(<LoginForm onSubmit={() => {}} />));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    act(() => plain.unmount());
  });
});
