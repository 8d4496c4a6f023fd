import type { Page } from '@playwright/test';

/**
 * What a screen reader would be told, as far as the page shows it: live-region changes, focus
 * moves (with the focused element's name and description) and name changes of the focused
 * control. A reusable test helper: `recordAnnouncements(page)` before `page.goto`, then
 * `announcements(page)` at any point; `takeAnnouncements(page)` also empties the log.
 *
 * Names and descriptions follow the parts of accname the kit uses (aria-labelledby, aria-label,
 * <label>, text content); a region counts as spoken when its text changes to something non-empty,
 * or when new nodes arrive with the same text (the kit re-renders a node to say a sentence again).
 * role="timer" and aria-live="off" are not live regions.
 */
export type Announcement =
  | { kind: 'live'; politeness: 'assertive' | 'polite'; text: string }
  | { kind: 'focus'; role: string; name: string; description: string }
  | { kind: 'name'; name: string };

type LogWindow = Window & { __announcements: Announcement[] };

export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: Announcement[] = [];
    (window as unknown as LogWindow).__announcements = log;
    const LIVE = '[role="alert"], [role="status"], [role="log"], [aria-live="polite"], [aria-live="assertive"]';
    const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const byIds = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)))
        .filter(Boolean)
        .join(' ');
    const nameOf = (element: Element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy) return byIds(labelledBy);
      const label = element.getAttribute('aria-label');
      if (label) return label.trim();
      const labels = (element as HTMLInputElement).labels;
      if (labels?.length) return text(labels[0]!);
      return text(element);
    };
    const roleOf = (element: Element) =>
      element.getAttribute('role') ?? `${element.tagName.toLowerCase()}${element instanceof HTMLInputElement ? `:${element.type}` : ''}`;
    let focused: Element | null = null;
    let focusedName = '';
    document.addEventListener(
      'focusin',
      (event) => {
        focused = event.target as Element;
        focusedName = nameOf(focused);
        const describedBy = focused.getAttribute('aria-describedby');
        log.push({ kind: 'focus', role: roleOf(focused), name: focusedName, description: describedBy ? byIds(describedBy) : '' });
      },
      true,
    );
    const spoken = new Map<Element, string>();
    const observer = new MutationObserver((records) => {
      const touched = new Map<Element, boolean>();
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const region = target?.closest(LIVE);
        if (!region || record.type === 'attributes') continue;
        touched.set(region, touched.get(region) || (record.type === 'childList' && record.addedNodes.length > 0));
      }
      for (const [region, added] of touched) {
        const now = text(region);
        const before = spoken.get(region) ?? '';
        spoken.set(region, now);
        if (now && (now !== before || added)) {
          const assertive = region.getAttribute('role') === 'alert' || region.getAttribute('aria-live') === 'assertive';
          log.push({ kind: 'live', politeness: assertive ? 'assertive' : 'polite', text: now });
        }
      }
      if (focused && focused === document.activeElement) {
        const name = nameOf(focused);
        if (name !== focusedName) {
          focusedName = name;
          log.push({ kind: 'name', name });
        }
      }
    });
    const start = () => {
      // Regions already on the page with their text are not changes: only what happens next is.
      for (const region of document.querySelectorAll(LIVE)) spoken.set(region, text(region));
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  });
}

/** Everything recorded since the page loaded (or since the last `takeAnnouncements`). */
export const announcements = (page: Page): Promise<Announcement[]> =>
  page.evaluate(() => [...(window as unknown as LogWindow).__announcements]);

/** What was recorded so far, and a fresh log from here on. */
export const takeAnnouncements = (page: Page): Promise<Announcement[]> =>
  page.evaluate(() => (window as unknown as LogWindow).__announcements.splice(0));

/** The log as short lines, for readable assertions: `live: …`, `focus: role "name"`, `name: …`. */
export const lines = (log: Announcement[]): string[] =>
  log.map((entry) =>
    entry.kind === 'live' ? `live: ${entry.text}` : entry.kind === 'focus' ? `focus: ${entry.role} "${entry.name}"` : `name: ${entry.name}`,
  );
