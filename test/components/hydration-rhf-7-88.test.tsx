// The same server-rendered LoginForm on react-hook-form 7.88 (the peer range is ^7): up to that
// version it empties every field when it first takes it, typed value or not, so the kit keeps
// what was typed before hydration itself.
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { LoginForm } from '../../src/components/LoginForm/LoginForm.js';

vi.mock('react-hook-form', () => import('react-hook-form-7-88'));

it('keeps what was typed before hydration', async () => {
  const form = <LoginForm onSubmit={() => {}} defaultUsername="prefilled" />;
  const container = document.createElement('div');
  container.innerHTML = renderToString(form);
  document.body.append(container);
  (container.querySelector('[autocomplete=username]') as HTMLInputElement).value = 'ada.lovelace';
  (container.querySelector('[autocomplete=current-password]') as HTMLInputElement).value = 'S3cret-pa55!';
  const root = await act(async () => hydrateRoot(container, form));
  expect(screen.getByLabelText('Username')).toHaveValue('ada.lovelace');
  expect(screen.getByLabelText('Password')).toHaveValue('S3cret-pa55!');
  act(() => root.unmount());
});
