import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiKeyReveal } from '../../src/components/ApiKeyReveal/index.js';
import type { AuthError } from '../../src/core/errors.js';

describe('ErrorAlert: every error is worded', () => {
  it('says a raw error on the rename path (an app’s own call) as the kit’s own failure, never an empty alert', () => {
    // Typed as an AuthError, but an app passing its own call state may hold anything a call threw.
    const raw = new TypeError('Failed to fetch: token abc123') as unknown as AuthError;
    render(
      <ApiKeyReveal
        apiKey={{ status: 'shown', value: 'rfk_live_0123456789abcdef', name: 'loginKey', message: null }}
        onAcknowledge={() => {}}
        onRename={() => {}}
        renameState={{ isPending: false, error: raw, isSuccess: false }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-state', 'internal');
    expect(alert).toHaveTextContent('Something went wrong in this page. Reload it and try again.');
    // What the raw error says stays out of the page.
    expect(alert).not.toHaveTextContent('abc123');
    expect(screen.getByLabelText('Key name')).toHaveAccessibleDescription('Something went wrong in this page. Reload it and try again.');
  });
});
