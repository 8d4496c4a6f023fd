/**
 * Moves focus to `element` unless the user has put it somewhere else on the page: only when
 * focus is lost (on <body>, e.g. the button that had it just vanished) or is inside the same
 * component already. Keyboard and screen-reader users land on what changed (WCAG 2.4.3).
 */
export function moveFocus(element: HTMLElement | null | undefined) {
  const active = document.activeElement;
  if (element && (!active || active === document.body || element.closest('[data-slot="root"]')!.contains(active))) {
    element.focus();
  }
}
