import type { AuthThemeInput } from './theme.js';

const cssName = (token: string) => `--rlk-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Whether a token value is safe to write into a `style` attribute. Server-rendered HTML carries
 * the values as text, so a `;` would add declarations of its own (an overlay over the page) and
 * `url(` or `image-set(` would fetch from another host, and hydration keeps both. Colours,
 * lengths, `calc()`, `var()`, font stacks with quoted names pass.
 */
function isSafeValue(value: string): boolean {
  if (!/^[\p{L}\p{N}\s#%.,()_+\-*/"']*$/u.test(value) || /\b(?:url|image(?:-set)?|src|cross-fade|element)\s*\(|\/\*/i.test(value)) {
    return false;
  }
  // Balanced, so nothing runs on past the value's end.
  let depth = 0;
  for (const char of value.replace(/"[^"]*"|'[^']*'/g, '')) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0 || char === '"' || char === "'") return false;
  }
  return depth === 0;
}

/**
 * `{ colorPrimary: 'red' }` → `{ '--rlk-color-primary': 'red' }`, for a `style` prop. A value
 * that could escape its declaration (`;`, braces, comments, unbalanced quotes or brackets) or
 * fetch something (`url()`, `image-set()`) is left out, so the stylesheet's default applies.
 */
export function themeToCssVars(theme: AuthThemeInput | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  if (!theme) return vars;
  for (const [token, value] of Object.entries(theme)) {
    if (typeof value === 'string' && value !== '' && isSafeValue(value)) vars[cssName(token)] = value;
  }
  return vars;
}
