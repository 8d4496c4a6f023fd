import type { Page } from '@playwright/test';

/**
 * What a screen reader would be told, as far as the page shows it: live-region changes, focus
 * moves (with the focused element's name and description), name and description changes of the
 * focused control (NVDA speaks both), and focus lost to `<body>` (a screen reader then says the
 * page's title, or nothing, and the user has to find the step again). A reusable test helper:
 * `recordAnnouncements(page)` before `page.goto`, then `announcements(page)` at any point;
 * `takeAnnouncements(page)` also empties the log; `calmProblems(log)` lists what a screen-reader
 * user would hear as noise (see there).
 *
 * Names and descriptions follow the parts of accname the kit uses (aria-labelledby, aria-label,
 * <label>, text content); a region counts as spoken when its text changes to something non-empty,
 * or when new nodes arrive with the same text (the kit re-renders a node to say a sentence again).
 * role="timer" and aria-live="off" are not live regions.
 */
export type Announcement = (
  | { kind: 'live'; politeness: 'assertive' | 'polite'; text: string }
  | { kind: 'focus'; role: string; name: string; description: string }
  | { kind: 'name'; name: string }
  | { kind: 'description'; description: string }
  | { kind: 'lost' }
) & {
  /** The page's clock (ms, `performance.now()`: Playwright's fake clock when one is installed). */
  at: number;
};

type LogWindow = Window & { __announcements: Announcement[] };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const entries: Announcement[] = [];
    (window as unknown as LogWindow).__announcements = entries;
    const log = { push: (entry: DistributiveOmit<Announcement, 'at'>) => entries.push({ ...entry, at: performance.now() }) };
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
    const descriptionOf = (element: Element) => {
      const describedBy = element.getAttribute('aria-describedby');
      return describedBy ? byIds(describedBy) : (element.getAttribute('aria-description') ?? '').trim();
    };
    let focused: Element | null = null;
    let focusedName = '';
    let focusedDescription = '';
    let focusMoves = 0;
    document.addEventListener(
      'focusin',
      (event) => {
        focusMoves++;
        focused = event.target as Element;
        focusedName = nameOf(focused);
        focusedDescription = descriptionOf(focused);
        log.push({ kind: 'focus', role: roleOf(focused), name: focusedName, description: focusedDescription });
      },
      true,
    );
    // Focus may sit on <body> for a moment while React swaps a step and the new one's effect
    // focuses its heading: that is no loss. A loss is focus still on <body> a few tasks later
    // (MessageChannel hops: not faked by Playwright's clock, and after React's scheduled effects).
    let checking = false;
    const checkLoss = () => {
      if (checking) return;
      checking = true;
      const moves = focusMoves;
      let hops = 20;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (--hops > 0 && focusMoves === moves) return channel.port2.postMessage(null);
        checking = false;
        channel.port1.close();
        const active = document.activeElement;
        if (focusMoves === moves && (!active || active === document.body) && document.hasFocus()) {
          focused = null;
          log.push({ kind: 'lost' });
        }
      };
      channel.port2.postMessage(null);
    };
    document.addEventListener('focusout', (event) => {
      if (!event.relatedTarget) checkLoss();
    }, true);
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
        const description = descriptionOf(focused);
        if (description !== focusedDescription) {
          focusedDescription = description;
          // A description going away is not spoken; a new or changed one is.
          if (description) log.push({ kind: 'description', description });
        }
      } else if (focused && !focused.isConnected) {
        // Chromium fires no focusout when the focused element is removed.
        focused = null;
        checkLoss();
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

/**
 * The log as short lines, for readable assertions: `live: …`, `focus: role "name"`, `name: …`,
 * `description: …`, `focus lost to <body>`.
 */
export const lines = (log: Announcement[]): string[] =>
  log.map((entry) => {
    switch (entry.kind) {
      case 'live':
        return `live: ${entry.text}`;
      case 'focus':
        return `focus: ${entry.role} "${entry.name}"`;
      case 'name':
        return `name: ${entry.name}`;
      case 'description':
        return `description: ${entry.description}`;
      case 'lost':
        return 'focus lost to <body>';
    }
  });

/** What one entry makes a screen reader say (a focus move: its name and its description). */
const spokenText = (entry: Announcement): string[] =>
  entry.kind === 'live'
    ? [entry.text]
    : entry.kind === 'description'
      ? [entry.description]
      : entry.kind === 'focus'
        ? [entry.description].filter(Boolean)
        : entry.kind === 'name'
          ? [entry.name]
          : [];

/**
 * What a screen-reader user would hear as noise in a log, as sentences (empty when there is none).
 * Take one log per user action (`takeAnnouncements` after each), so that a sentence the user asked
 * for twice is not counted as said twice:
 * - focus lost to `<body>`;
 * - the same sentence said twice, by any two channels (the alert and the focused field's
 *   description, two live regions, a region said again);
 * - something said every second: three or more sentences within five seconds from one channel
 *   (live regions of one politeness, the focused control's name, its description) that differ
 *   only in their numbers, like a countdown.
 */
export function calmProblems(log: Announcement[], { twice = true }: { /** False for a log over several actions. */ twice?: boolean } = {}): string[] {
  const problems: string[] = [];
  const said = log.flatMap((entry) => spokenText(entry).map((text) => ({ entry, text })));
  for (const [i, entry] of log.entries()) {
    if (entry.kind === 'lost') problems.push(`focus lost to <body> after ${JSON.stringify(lines(log.slice(Math.max(0, i - 2), i)))}`);
  }
  for (const [i, a] of twice ? said.entries() : []) {
    for (const b of said.slice(i + 1)) {
      const [short, long] = a.text.length <= b.text.length ? [a.text, b.text] : [b.text, a.text];
      if (short.length >= 8 && long.includes(short)) problems.push(`said twice: ${JSON.stringify(short)} (${a.entry.kind}, then ${b.entry.kind})`);
    }
  }
  const channel = (entry: Announcement) => (entry.kind === 'live' ? `live ${entry.politeness}` : entry.kind);
  const shape = (text: string) => text.replace(/\d+/g, '#');
  const seen = new Set<string>();
  for (const [i, a] of said.entries()) {
    if (a.entry.kind === 'focus') continue;
    const alike = said.filter(
      (b, j) => j >= i && channel(b.entry) === channel(a.entry) && shape(b.text) === shape(a.text) && b.entry.at - a.entry.at <= 5000,
    );
    const key = `${channel(a.entry)} ${shape(a.text)}`;
    if (alike.length >= 3 && new Set(alike.map((b) => b.text)).size >= 2 && !seen.has(key)) {
      seen.add(key);
      problems.push(`said every second (${channel(a.entry)}): ${alike.map((b) => JSON.stringify(b.text)).join(', ')}`);
    }
  }
  return problems;
}

/**
 * The log since the last call as lines, after checking it is calm (`calmProblems`): the helper for
 * a test that takes one log per user action. `heard` collects every entry, for a last look at the
 * whole run (a countdown spread over several actions).
 */
export async function takeCalm(page: Page, heard?: Announcement[]): Promise<string[]> {
  const log = await takeAnnouncements(page);
  heard?.push(...log);
  const problems = calmProblems(log);
  if (problems.length) throw new Error(`Not calm:\n${problems.join('\n')}\nin:\n${lines(log).join('\n')}`);
  return lines(log);
}
