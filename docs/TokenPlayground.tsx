import { useState } from 'react';
import { LoginForm } from '../src/components/LoginForm/LoginForm.js';
import { MfaFactorPicker } from '../src/components/MfaFactorPicker/MfaFactorPicker.js';
import { AuthError } from '../src/core/errors.js';
import { totpFactor } from '../src/testing/fixtures.js';
import { brandTheme } from '../src/theme/brand-theme.js';
import { darkTheme, lightTheme, themeToCssVars, type AuthTheme } from '../src/theme/theme.js';
import type { AuthLayout } from '../src/components/shared/styling.js';

const bases: Record<string, AuthTheme> = { light: lightTheme, dark: darkTheme, brand: brandTheme };
const isColor = (value: string) => /^#[0-9a-f]{6}$/i.test(value);
const cssName = (token: string) => Object.keys(themeToCssVars({ [token]: 'x' }))[0];
const cell = { padding: '0.375rem 0.5rem', borderBottom: '1px solid #d0d7de', textAlign: 'start', verticalAlign: 'middle' } as const;

/**
 * The tokens, live: every `AuthTheme` token with its CSS variable, editable, and two steps drawn
 * with the result. What you change is printed as the `theme` object to copy into your app.
 */
export function TokenPlayground() {
  const [base, setBase] = useState('light');
  const [changes, setChanges] = useState<Partial<AuthTheme>>({});
  const [layout, setLayout] = useState<AuthLayout>({});
  const theme = { ...bases[base]!, ...changes };
  const set = (token: keyof AuthTheme, value: string) => setChanges({ ...changes, [token]: value });
  const layoutCode = Object.keys(layout).length ? ` layout={${JSON.stringify(layout)}}` : '';
  const code = `const theme = ${JSON.stringify({ ...changes }, null, 2)};\n<AuthFlow theme={{ ...${base}Theme, ...theme }}${layoutCode} />`;
  const choose = <K extends keyof AuthLayout>(key: K, label: string, options: Array<[string, AuthLayout[K]]>) => (
    <label>
      {label}{' '}
      <select
        value={options.findIndex(([, value]) => value === layout[key])}
        onChange={(event) => {
          const next = { ...layout, [key]: options[Number(event.target.value)]![1] };
          if (next[key] === undefined) delete next[key];
          setLayout(next);
        }}
      >
        {options.map(([name], index) => (
          <option key={name} value={index}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 25rem)', gap: '1.5rem', alignItems: 'start', fontFamily: 'system-ui, sans-serif', fontSize: 14 }}>
      <div>
        <p>
          <label>
            Start from{' '}
            <select value={base} onChange={(event) => (setBase(event.target.value), setChanges({}))}>
              {Object.keys(bases).map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>{' '}
          <button type="button" onClick={() => (setChanges({}), setLayout({}))}>
            Reset
          </button>
        </p>
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
          {/* The `layout` prop: no CSS of yours. */}
          {choose('logo', 'Logo', [['centred', undefined], ['start', 'start']])}
          {choose('density', 'Density', [['default', undefined], ['compact', 'compact'], ['spacious', 'spacious']])}
          {choose('card', 'Card', [['yes', undefined], ['no card', false]])}
        </p>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                Token and CSS variable
              </th>
              <th scope="col" style={cell}>
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(lightTheme) as Array<keyof AuthTheme>).map((token) => (
              <tr key={token}>
                <th scope="row" style={cell}>
                  <code>{token}</code>
                  <br />
                  <code style={{ fontWeight: 400, opacity: 0.75 }}>{cssName(token)}</code>
                </th>
                <td style={cell}>
                  {isColor(theme[token]) ? (
                    <input
                      type="color"
                      aria-label={token}
                      value={theme[token]}
                      onChange={(event) => set(token, event.target.value)}
                    />
                  ) : null}{' '}
                  <input
                    aria-label={`${token} value`}
                    value={theme[token]}
                    size={28}
                    onChange={(event) => set(token, event.target.value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <pre>
          <code>{code}</code>
        </pre>
      </div>
      <div style={{ ...themeToCssVars(theme), position: 'sticky', top: 0, display: 'grid', gap: '1rem', padding: '1rem', background: theme.colorBackground }}>
        <LoginForm
          theme={theme}
          layout={layout}
          logo={<Logo />}
          headingLevel={3}
          onSubmit={() => {}}
          defaultUsername="ada.lovelace"
          error={new AuthError('invalid-credentials', { status: 401 })}
        />
        <MfaFactorPicker
          theme={theme}
          layout={layout}
          headingLevel={3}
          autoFocus={false}
          factors={[totpFactor()]}
          selectedFactorId="uft-fixture-totp"
          username="ada.lovelace"
          expiresAt={null}
          onChooseFactor={() => {}}
          onSubmit={() => {}}
          onRestart={() => {}}
        />
      </div>
    </div>
  );
}

/** A tile in the theme's primary, to show where the logo goes. */
function Logo() {
  return (
    <svg width="36" height="36" viewBox="0 0 40 40" role="img" aria-label="Acme">
      <rect width="40" height="40" rx="10" fill="var(--rlk-color-primary)" />
      <path d="M12 28l8-16 8 16M15.5 22h9" fill="none" stroke="var(--rlk-color-primary-text)" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
