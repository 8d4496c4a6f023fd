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
}

export interface SpeedStats {
  runs: number;
  medianVisible: number;
  minVisible: number;
  maxVisible: number;
  medianInDom: number;
  medianFcp: number;
  samples: SpeedSample[];
}

export interface RenderSpeedResult {
  kit: SpeedStats;
  plain: SpeedStats;
  /** kit median / plain median (first visible input). */
  ratio: number;
  /** kit fastest / plain fastest: less sensitive to other load on the machine. */
  ratioOfMinimums: number;
  target: number;
  withinTarget: boolean;
  warmups: number;
}

/** One cold load in a fresh context (no HTTP cache, no storage), read back from the page. */
async function sample(browser: Browser, url: string): Promise<SpeedSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__firstInput != null, undefined, { timeout: 10_000 });
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
    return { visible: mark.visible, inDom: mark.inDom, fcp: mark.fcp };
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
    samples: samples.map((s) => ({ visible: round(s.visible), inDom: round(s.inDom), fcp: round(s.fcp) })),
  };
}

/**
 * (3) Navigation start → first visible input, kit page vs plain page, alternating (kit, plain,
 * plain, kit, …) so drift on a busy machine hits both alike. One warm-up of each is discarded.
 */
export async function measureRenderSpeed(
  browser: Browser,
  baseUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<RenderSpeedResult> {
  const urls = { kit: `${baseUrl}/kit.html`, plain: `${baseUrl}/plain.html` };
  const one = (which: 'kit' | 'plain') => within(20_000, `render speed (${which})`, sample(browser, urls[which]));
  const warmups = 1;
  for (let i = 0; i < warmups; i++) {
    await one('kit');
    await one('plain');
  }
  const kit: SpeedSample[] = [];
  const plain: SpeedSample[] = [];
  for (let i = 0; i < runs; i++) {
    const order: Array<'kit' | 'plain'> = i % 2 === 0 ? ['kit', 'plain'] : ['plain', 'kit'];
    for (const which of order) (which === 'kit' ? kit : plain).push(await one(which));
  }
  const k = stats(kit);
  const p = stats(plain);
  const ratio = round(k.medianVisible / p.medianVisible, 2);
  log(`  render speed: kit ${k.medianVisible} ms, plain ${p.medianVisible} ms (median of ${runs}), ratio ${ratio}`);
  const ratioOfMinimums = round(k.minVisible / p.minVisible, 2);
  return { kit: k, plain: p, ratio, ratioOfMinimums, target: renderSpeedTarget, withinTarget: ratio <= renderSpeedTarget, warmups };
}
