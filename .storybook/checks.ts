import { expect } from 'storybook/test';

/**
 * Layout checks for play functions, which run in Chromium with the real stylesheet: what jsdom
 * cannot measure. One definition for every story that needs them.
 */

/** Every button, radio and checkbox is at least 24 × 24 px (WCAG 2.5.8), styled or not. */
export async function expectTargets(root: HTMLElement): Promise<void> {
  for (const target of root.querySelectorAll<HTMLElement>('button, [type="radio"], [type="checkbox"]')) {
    const { width, height } = target.getBoundingClientRect();
    await expect(Math.min(width, height), `${width}×${height}: ${target.outerHTML.slice(0, 80)}`).toBeGreaterThanOrEqual(24);
  }
}

/** `inner` lies wholly inside `outer`'s box (e.g. the password toggle inside its field). */
export async function expectWithin(inner: Element, outer: Element): Promise<void> {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  await expect([a.left >= b.left, a.right <= b.right, a.top >= b.top, a.bottom <= b.bottom]).toEqual([true, true, true, true]);
}

/** Nothing inside `root` reaches past its left or right edge (WCAG 1.4.10 reflow). */
export async function expectNoOverflow(root: HTMLElement): Promise<void> {
  const box = root.getBoundingClientRect();
  for (const el of root.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    await expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `${r.left}–${r.right} in ${box.left}–${box.right}: ${el.outerHTML.slice(0, 80)}`).toBe(true);
  }
  await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
}
