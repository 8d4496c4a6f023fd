import type { Browser } from 'playwright-core';
import type { FirstInputMark } from './pages/bench-window.js';
import { renderSpeedTarget } from './budgets.js';
import { within } from './browser.js';
import { median, round } from './stats.js';

export interface SpeedSample {
  /** ms from navigation start to the first frame with a visible <input>. */
  visible: number;
  /** ms from navigation start to that <input> entering the DOM. */
  inDom: number;
  /** first-contentful-paint, ms from navigation start (0 when Chromium did not report one). */
  fcp: number;
  /** Server-rendered page only: ms from navigation start to hydration committed (the form works). */
  hydrated?: number;
}

export interface SpeedStats {
  runs: number;
  medianVisible: number;
  minVisible: number;
  maxVisible: number;
  medianInDom: number;
  medianFcp: number;
  /** Server-rendered page only. */
  medianHydrated?: number;
  samples: SpeedSample[];
}

export interface RenderSpeedResult {
  kit: SpeedStats;
  plain: SpeedStats;
  /** The same drop-in prerendered with renderToString, then hydrated. */
  ssr: SpeedStats;
  /** ssr median / kit median (first visible input). */
  ssrRatio: number;
  /** kit median / plain median (first visible input). */
  ratio: number;
  /** kit fastest / plain fastest: less sensitive to other load on the machine. */
  ratioOfMinimums: number;
  target: number;
  withinTarget: boolean;
  warmups: number;
}

/** One cold load in a fresh context (no HTTP cache, no storage), read back from the page. */
export async function sample(browser: Browser, url: string): Promise<SpeedSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__firstInput != null, undefined, { timeout: 20_000 });
    // FCP is reported a frame or so after the input's frame: wait for it, at most 1 s.
    const mark = await page.evaluate(async () => {
      const fcp = await new Promise<number>((done) => {
        const timer = setTimeout(() => done(0), 1000);
        new PerformanceObserver((list, observer) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (!paint) return;
          observer.disconnect();
          clearTimeout(timer);
          done(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      });
      return { ...(window.__firstInput as FirstInputMark), fcp };
    });
    const hydrated = url.endsWith('/ssr.html')
      ? await page.waitForFunction(() => window.__hydrated, undefined, { timeout: 10_000 }).then((h) => h.jsonValue())
      : undefined;
    return { visible: mark.visible, inDom: mark.inDom, fcp: mark.fcp, ...(hydrated === undefined ? {} : { hydrated }) };
  } finally {
    await context.close();
  }
}

function stats(samples: SpeedSample[]): SpeedStats {
  const visible = samples.map((s) => s.visible);
  return {
    runs: samples.length,
    medianVisible: round(median(visible)),
    minVisible: round(Math.min(...visible)),
    maxVisible: round(Math.max(...visible)),
    medianInDom: round(median(samples.map((s) => s.inDom))),
    medianFcp: round(median(samples.map((s) => s.fcp))),
    ...(samples[0]?.hydrated === undefined ? {} : { medianHydrated: round(median(samples.map((s) => s.hydrated!))) }),
    samples,
  };
}

type Which = 'kit' | 'plain' | 'ssr';

/**
 * Navigation start → first visible input: the kit's page, the plain page and the kit's page
 * server-rendered, in rotating order (kit, plain, ssr; plain, ssr, kit; …) so drift on a busy
 * machine hits all alike. One warm-up of each is discarded.
 */
export async function measureRenderSpeed(
  browser: Browser,
  baseUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<RenderSpeedResult> {
  const pages: Which[] = ['kit', 'plain', 'ssr'];
  const one = (which: Which) => within(30_000, `render speed (${which})`, sample(browser, `${baseUrl}/${which}.html`));
  const warmups = 1;
  for (let i = 0; i < warmups; i++) for (const which of pages) await one(which);
  const samples: Record<Which, SpeedSample[]> = { kit: [], plain: [], ssr: [] };
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < pages.length; j++) {
      const which = pages[(i + j) % pages.length]!;
      samples[which].push(await one(which));
    }
  }
  const k = stats(samples.kit);
  const p = stats(samples.plain);
  const ssr = stats(samples.ssr);
  const ratio = round(k.medianVisible / p.medianVisible, 2);
  const ssrRatio = round(ssr.medianVisible / k.medianVisible, 2);
  log(
    `  render speed: kit ${k.medianVisible} ms, plain ${p.medianVisible} ms, server-rendered ${ssr.medianVisible} ms ` +
      `(hydrated ${ssr.medianHydrated} ms) (median of ${runs}), ratio ${ratio}`,
  );
  const ratioOfMinimums = round(k.minVisible / p.minVisible, 2);
  return { kit: k, plain: p, ssr, ssrRatio, ratio, ratioOfMinimums, target: renderSpeedTarget, withinTarget: ratio <= renderSpeedTarget, warmups };
}
