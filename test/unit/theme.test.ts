// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandTheme } from '../../src/theme/brand-theme.js';
import { darkTheme, lightTheme, themeToCssVars, type AuthTheme } from '../../src/theme/theme.js';

const css = readFileSync(resolve(import.meta.dirname, '../../src/theme/base.css'), 'utf8');

/** The custom properties one block of the stylesheet sets. */
function declared(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--rlk-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}
const rootBlock = css.match(/^:where\(:root\) \{([^}]*)\}/m)![1]!;
const darkBlock = css.match(/@media \(prefers-color-scheme: dark\) \{\s*:where\(:root\) \{([^}]*)\}/)![1]!;

describe('the stylesheet’s defaults and the exported themes', () => {
  it('light: the :root defaults are lightTheme, token for token', () => {
    expect(declared(rootBlock)).toEqual(themeToCssVars(lightTheme));
  });

  it('dark: the OS preference switches to darkTheme’s values, which differ from light where they must', () => {
    const dark = { ...declared(rootBlock), ...declared(darkBlock) };
    expect(dark).toEqual(themeToCssVars(darkTheme));
    expect(declared(darkBlock)).toMatchObject({ '--rlk-color-surface': darkTheme.colorSurface, '--rlk-color-scheme': 'dark' });
  });
});

/** Hue in degrees of a #rrggbb colour. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('focus never reads as an error', () => {
  it.each<[string, AuthTheme]>([
    ['light', lightTheme],
    ['dark', darkTheme],
    ['brand', brandTheme],
  ])('%s: the focus ring’s hue is far from the danger colour’s', (_, theme) => {
    const apart = Math.abs(hue(theme.colorFocus) - hue(theme.colorDanger));
    expect(Math.min(apart, 360 - apart)).toBeGreaterThan(60);
  });
});
