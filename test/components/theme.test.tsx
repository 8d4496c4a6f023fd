import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoginForm } from '../../src/components/LoginForm/LoginForm.js';
import { brandTheme } from '../../src/theme/brand-theme.js';
import { darkTheme, lightTheme, themeToCssVars } from '../../src/theme/theme.js';

describe('themeToCssVars', () => {
  it('passes every shipped theme whole', () => {
    for (const theme of [lightTheme, darkTheme, brandTheme]) {
      expect(Object.values(themeToCssVars(theme))).toEqual(Object.values(theme));
    }
  });

  it.each([
    ['a colour with alpha', 'rgb(0 0 0 / .5)'],
    ['color-mix', 'color-mix(in srgb, #0a5cc2 80%, white)'],
    ['calc and var', 'calc(var(--gap, 4px) * 2 + 1rem)'],
    ['a font stack with quoted and non-Latin names', '"Segoe UI", \'Noto Sans\', 微软雅黑, sans-serif'],
    ['a name that merely contains "url"', 'Curlz MT'],
  ])('keeps %s', (_, value) => {
    expect(themeToCssVars({ fontFamily: value })).toEqual({ '--rlk-font-family': value });
  });

  it.each([
    ['a ; that adds declarations', 'red; position: fixed; inset: 0; z-index: 99999'],
    ['a url() that fetches from another host', 'url(https://tracker.example/p.gif)'],
    ['an image-set()', '-webkit-image-set("https://tracker.example/p.gif" 1x)'],
    ['braces', 'red } body { display: none'],
    ['!important', 'red !important'],
    ['an escape', 'u\\72l(x)'],
    ['a comment', 'red /* x'],
    ['an unbalanced quote', '"Segoe UI'],
    ['an unbalanced bracket', 'calc(1px'],
    ['markup', '</style><script>alert(1)</script>'],
  ])('leaves out %s', (_, value) => {
    expect(themeToCssVars({ colorPrimary: value })).toEqual({});
  });
});

const hostile = { colorPrimary: 'red;position:fixed;inset:0;background:url(https://x.example/a)', radius: '8px' };

it('server-rendered HTML carries no style attribute, themed or not: a strict CSP would block it', () => {
  // The theme's tokens arrive once hydrated, through the CSSOM (test/e2e/csp.spec.ts checks the look).
  const html = renderToString(<LoginForm onSubmit={() => {}} theme={hostile} />);
  expect(html).toContain('data-rlk-component="login-form"');
  expect(html).not.toMatch(/\sstyle=/);
});

it('a rendered root carries the safe tokens and no rule a hostile value tried to add', () => {
  const { container } = render(<LoginForm onSubmit={() => {}} theme={hostile} />);
  const style = container.querySelector<HTMLElement>('[data-rlk-component="login-form"]')!.style;
  expect(style.getPropertyValue('--rlk-radius')).toBe('8px');
  expect(style.getPropertyValue('--rlk-color-primary')).toBe('');
  expect(style.cssText).not.toMatch(/position|url/);
});

it('lays a step out by the layout prop, as data attributes the stylesheet reads', () => {
  const { container, rerender } = render(<LoginForm onSubmit={() => {}} layout={{ logo: 'start', density: 'compact', card: false }} />);
  const root = container.querySelector('[data-slot="root"]')!;
  expect(root).toHaveAttribute('data-logo', 'start');
  expect(root).toHaveAttribute('data-density', 'compact');
  expect(root).toHaveAttribute('data-card', 'none');
  rerender(<LoginForm onSubmit={() => {}} />);
  for (const name of ['data-logo', 'data-density', 'data-card']) expect(root).not.toHaveAttribute(name);
});
