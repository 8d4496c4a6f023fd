import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiKeyReveal } from '../../src/components/ApiKeyReveal/index.js';
import { LoginForm } from '../../src/components/LoginForm/index.js';
import { MfaFactorPicker } from '../../src/components/MfaFactorPicker/index.js';
import { totpFactor } from '../../src/testing/fixtures.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { he } from '../../src/locales/he.js';

const rootOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="root"]')!;

describe("a locale's direction on the kit's root", () => {
  afterEach(() => document.documentElement.removeAttribute('dir'));

  it('sets dir="rtl" for Arabic and Hebrew on every step, and nothing for a left-to-right language', () => {
    expect(rootOf(render(<LoginForm messages={ar.loginForm} onSubmit={() => {}} />).container).dir).toBe('rtl');
    expect(rootOf(render(<MfaFactorPicker
            factors={[totpFactor()]}
            selectedFactorId="uft-fixture-totp"
            expiresAt={null}
            messages={he.mfa}
            onChooseFactor={() => {}}
            onSubmit={() => {}}
            onRestart={() => {}}
          />).container).dir).toBe('rtl');
    const key = render(<ApiKeyReveal apiKey={{ status: 'shown', value: 'rfk_1', name: 'k', message: null }} messages={ar.apiKey} onAcknowledge={() => {}} />);
    expect(rootOf(key.container).dir).toBe('rtl');
    expect(rootOf(render(<LoginForm messages={de.loginForm} onSubmit={() => {}} />).container).hasAttribute('dir')).toBe(false);
  });

  it('yields to the page: an ancestor’s dir, or the document’s, wins', () => {
    const inLtr = render(
      <div dir="ltr">
        <LoginForm messages={ar.loginForm} onSubmit={() => {}} />
      </div>,
    );
    expect(rootOf(inLtr.container).hasAttribute('dir')).toBe(false);
    inLtr.unmount();
    document.documentElement.dir = 'ltr';
    expect(rootOf(render(<LoginForm messages={he.loginForm} onSubmit={() => {}} />).container).hasAttribute('dir')).toBe(false);
  });

  it('is in the server-rendered HTML, where the page cannot be asked yet', () => {
    expect(renderToString(<LoginForm messages={ar.loginForm} onSubmit={() => {}} />)).toMatch(/^<div[^>]* dir="rtl"/);
  });

  it('still hands the app its ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<LoginForm ref={ref} messages={ar.loginForm} onSubmit={() => {}} />);
    expect(ref.current).toBe(screen.getByRole('heading', { name: ar.loginForm.heading }).closest('[data-slot="root"]'));
  });
});
