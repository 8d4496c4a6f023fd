import { useCallback, useSyncExternalStore, type CSSProperties, type RefObject } from 'react';

const noSubscription = () => () => {};

/**
 * Screen-reader-only text. Inline rather than in the stylesheet so it stays hidden under
 * `unstyled` too: that option drops the look, not the accessibility.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/**
 * False on the server and while React hydrates server-rendered HTML; true once the kit handles
 * input. Until then a form's submit button is `disabled`: by the HTML rules, Enter in a field does
 * not submit a form whose default button is disabled, and a click on it does nothing, so what was
 * typed cannot leave the page before the kit is live (a form without a handler would send it by
 * GET, in the URL). A page rendered in the browser only is live from its first render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A field's `name`, set only once the kit is live. A disabled submit button stops Enter and
 * clicks, not a script or extension calling `form.requestSubmit()` or `form.submit()`; browsers
 * send only named fields, so until then such a submission carries nothing typed. Password
 * managers find the fields by `autocomplete` and `type`, which are there from the start.
 */
export const nameOnceLive = (live: boolean, name: string): string | undefined => (live ? name : undefined);

/**
 * An inline style, set only once the kit is live. A strict Content-Security-Policy (`style-src`
 * without 'unsafe-inline') blocks `style` attributes in server-rendered HTML, and hydration never
 * sets them again; from then on React writes styles through the CSSOM, which no policy blocks.
 * Until then the stylesheet's defaults apply (`var(--rlk-progress, 1)` and the like).
 */
export const useLiveStyle = (style: CSSProperties): CSSProperties | undefined => (useHydrated() ? style : undefined);

/**
 * Props for text only screen readers get (a button's name beside its icon, a quiet status):
 * visually hidden once the kit is live, and `hidden` before, so server-rendered HTML carries no
 * `style` attribute (see `useLiveStyle`) and shows no stray words.
 */
export const useVisuallyHidden = () => visuallyHiddenOnceLive(useHydrated());

/** `useVisuallyHidden` for a component that already knows whether the kit is live. */
export const visuallyHiddenOnceLive = (live: boolean): { style: CSSProperties } | { hidden: true } =>
  live ? { style: visuallyHidden } : { hidden: true };

/**
 * What the user typed (or a password manager filled) into a server-rendered field before React
 * took it over, read when React attaches the field; null when nothing was. React leaves such a
 * value in place, but a controlled field's next render, or react-hook-form's registration, would
 * replace it: the caller puts it back into its own state. A field rendered in the browser holds
 * its default value at that moment.
 */
export const typedBeforeHydration = (element: HTMLInputElement | null) =>
  element && element.value !== element.defaultValue ? element.value : null;

/**
 * The ref callback for a controlled field that may have been server-rendered: sets `ref`, and
 * hands what was typed before hydration to `keep` (once, when React attaches the field).
 */
export function useKeepTyped(ref: RefObject<HTMLInputElement | null>, keep: (typed: string) => void) {
  // Stable: React calls it again only when the field is mounted anew. `keep` sets state.
  return useCallback((element: HTMLInputElement | null) => {
    ref.current = element;
    const typed = typedBeforeHydration(element);
    if (typed !== null) keep(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stable on purpose: a new callback ref would re-run on every render
  }, []);
}
