import { useCallback, useState, type CSSProperties, type ForwardedRef, type ReactNode } from 'react';
import type { TextDirection } from '../../i18n/direction.js';
import { themeToCssVars } from '../../theme/css-vars.js';
import { useHydrated } from './hydration.js';
import type { AuthThemeInput } from '../../theme/theme.js';

/**
 * The three levels of theming every component takes: tokens (`theme`), classes per slot
 * (`className`, `classNames`), or nothing at all (`unstyled`).
 */
export interface StylingProps<Slot extends string> {
  /** Token overrides, set as `--rlk-*` custom properties on the component's root. */
  theme?: AuthThemeInput | undefined;
  /** A class for the root element. */
  className?: string | undefined;
  /** A class per slot; each element also carries `data-slot="<slot>"` for plain CSS. */
  classNames?: { [K in Slot | 'root']?: string | undefined } | undefined;
  /** Drop the default stylesheet's look (it only styles elements under the `.rlk` class). */
  unstyled?: boolean | undefined;
  /** Inline styles for the root, merged after the theme's custom properties. */
  style?: CSSProperties | undefined;
  /** Layout choices of the default stylesheet, with no CSS of yours. */
  layout?: AuthLayout | undefined;
}

/** How the default stylesheet lays a step out (each a `data-*` attribute on the root, for your CSS too). */
export interface AuthLayout {
  /** The logo and heading centred (the default) or at the start edge. */
  logo?: 'center' | 'start' | undefined;
  /** The gaps and padding: `compact` is three quarters of the default, `spacious` five quarters. Controls stay 44 px tall. */
  density?: 'compact' | 'default' | 'spacious' | undefined;
  /**
   * The card's border, shadow, surface and side padding; `false` lays the step straight on your
   * page. On a phone (under 480 px wide) the card drops them anyway, to give the step the width.
   */
  card?: boolean | undefined;
}

/** The card's own parts around a step, on every component (and on `<AuthFlow>` for every step). */
export interface CardProps {
  /** Above the heading: your logo, e.g. an `<img>` or `<svg>` 32–40 px tall, with its own `alt`. */
  logo?: ReactNode | undefined;
  /** Below the step: links such as "Forgot password?", help or terms, in small muted text. */
  footer?: ReactNode | undefined;
}

/**
 * Props for the root and for each slot, so every component themes the same way. The root's
 * `style` (the theme's custom properties, then the app's `style`) arrives once the kit is live,
 * through the CSSOM: in server-rendered HTML it would be a `style` attribute, which a strict
 * Content-Security-Policy blocks and hydration never sets again (see `useLiveStyle`).
 */
export function useSlotProps<Slot extends string, T extends HTMLElement = HTMLElement>(
  props: StylingProps<Slot>,
  rootOf: RootOptions<T> = {},
) {
  const live = useHydrated();
  const { dir, ref } = rootOf;
  // The page's direction wins over the locale's: once the root is in the document, a `dir` on any
  // ancestor (up to <html>) means the app chose, and the root inherits. Until then (and in
  // server-rendered HTML) the locale's, so a right-to-left page that sets none still mirrors.
  const [pageChose, setPageChose] = useState(false);
  const attach = useCallback(
    (element: T | null) => {
      if (typeof ref == 'function') ref(element);
      // eslint-disable-next-line react-hooks/immutability -- the app's ref object, forwarded: that is what a ref is for
      else if (ref) ref.current = element;
      if (element && dir) setPageChose(!!element.parentElement?.closest('[dir]'));
    },
    [ref, dir],
  );
  return {
    /**
     * Inline on buttons, radios and the checkbox when `unstyled`: WCAG 2.5.8's 24 px target, which
     * browsers' defaults miss (21 px buttons, 13 px radios). Unstyled drops the look, not that.
     */
    target: live && props.unstyled ? minTarget : undefined,
    root: (component: string) => ({
      'data-slot': 'root',
      'data-rlk-component': component,
      className: [!props.unstyled && 'rlk', props.className, props.classNames?.root].filter(Boolean).join(' ') || undefined,
      'data-logo': props.layout?.logo,
      'data-density': props.layout?.density,
      'data-card': props.layout?.card === false ? 'none' : undefined,
      // Typed, or the declaration file spells out every CSS property inferred here (85 KB).
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- see above: the cast names the type for the .d.ts
      style: live ? ({ ...themeToCssVars(props.theme), ...props.style } as CSSProperties) : undefined,
      dir: dir && !pageChose ? dir : undefined,
      ref: attach,
    }),
    slot: (name: Slot) => ({ 'data-slot': name, className: props.classNames?.[name] }),
  };
}

/** What a component's root needs beyond styling: its locale's direction and the app's `ref`. */
export interface RootOptions<T extends HTMLElement> {
  /** The messages' `dir`: the root's `dir` attribute unless the page set one. */
  dir?: TextDirection | undefined;
  /** The component's forwarded ref, attached to the root. */
  ref?: ForwardedRef<T> | undefined;
}

// Messages merge the same way everywhere, React or not: the helpers live with the messages.
export { mergeMessages, type DeepPartial } from '../../i18n/merge.js';

const minTarget: CSSProperties = { minWidth: 24, minHeight: 24 };

