import { useState } from 'react';
import { LoginForm } from '../src/components/LoginForm/LoginForm.js';
import { MfaFactorPicker } from '../src/components/MfaFactorPicker/MfaFactorPicker.js';
import { AuthError } from '../src/core/errors.js';
import { totpFactor } from '../src/testing/fixtures.js';
import { brandTheme } from '../src/theme/brand-theme.js';
import { darkTheme, lightTheme, themeToCssVars, type AuthTheme } from '../src/theme/theme.js';

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
  const theme = { ...bases[base]!, ...changes };
  const set = (token: keyof AuthTheme, value: string) => setChanges({ ...changes, [token]: value });
  const code = `const theme = ${JSON.stringify({ ...changes }, null, 2)};\n<AuthFlow theme={{ ...${base}Theme, ...theme }} />`;
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
          <button type="button" onClick={() => setChanges({})}>
            Reset
          </button>
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
          headingLevel={3}
          onSubmit={() => {}}
          defaultUsername="ada.lovelace"
          error={new AuthError('invalid-credentials', { status: 401 })}
        />
        <MfaFactorPicker
          theme={theme}
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
