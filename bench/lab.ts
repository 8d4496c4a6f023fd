import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { mfaRequired, verifySuccess } from '../src/testing/fixtures.js';
import { within } from './browser.js';
import { pagesOutDir } from './paths.js';
import { median, round } from './stats.js';

/**
 * Interaction latency, memory and a CPU profile of the first render, on the built pages with
 * fetch stubbed in the page: every answer is held until the bench releases it, so "busy" can be
 * painted and the MFA step's paint timed from the moment its answer is handed over.
 */

const stubFetch = ({ mfa, success }: { mfa: string; success: string }) => {
  const w = window as unknown as { __release: Array<() => void>; __answeredAt: number };
  w.__release = [];
  window.fetch = async (input) => {
    await new Promise<void>((done) => w.__release.push(done));
    w.__answeredAt = performance.now();
    const body = String(input).includes('/verify') ? success : mfa;
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  };
};

async function openStubbed(browser: Browser, url: string, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // 10 minutes: the MFA step's countdown must not end while the bench runs.
    await page.addInitScript(stubFetch, {
      mfa: JSON.stringify(mfaRequired({ ttlMs: 10 * 60_000 })),
      success: JSON.stringify(verifySuccess()),
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.locator('input').first().waitFor({ state: 'visible' });
      await work(page);
    } catch (error) {
      throw new Error(`${url}: ${(error as Error).message.split('\n')[0]}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    }
  } finally {
    await context.close();
  }
}

/**
 * ms from an input event's timestamp to the next frame after it (rAF, then a task: the frame
 * has been produced), what INP counts for one interaction. `act` runs in Node and causes it.
 */
async function toNextPaint(page: Page, event: 'keydown' | 'pointerdown', act: () => Promise<void>, until = ''): Promise<number> {
  // No named functions inside page code: tsx wraps them in a helper the page does not have.
  const done = page.evaluate(
    ({ event, until }) =>
      new Promise<number>((resolve) => {
        addEventListener(
          event,
          (e) => {
            const t0 = e.timeStamp;
            new Promise<void>((shown) => {
              if (!until || document.querySelector(until)) return shown();
              const watch = new MutationObserver(() => {
                if (!document.querySelector(until)) return;
                watch.disconnect();
                shown();
              });
              watch.observe(document, { subtree: true, childList: true, attributes: true });
            }).then(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0))));
          },
          { capture: true, once: true },
        );
      }),
    { event, until },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  await act();
  return within(5_000, `${event} to paint`, done);
}

export interface LatencyStats {
  median: number;
  max: number;
  samples: number;
}
const latency = (values: number[]): LatencyStats => ({ median: round(median(values)), max: round(Math.max(...values)), samples: values.length });

export interface InteractionResult {
  kit: { usernameKey: LatencyStats; signInToBusy: LatencyStats; answerToMfaStep: LatencyStats; codeKey: LatencyStats };
  plain: { usernameKey: LatencyStats; signInToBusy: LatencyStats };
  runs: number;
}

/** One pass over a page: keystrokes in the username field, then "Sign in" → busy (and the MFA step on the kit). */
async function pass(browser: Browser, url: string, kit: boolean, into: Record<string, number[]>) {
  await openStubbed(browser, url, async (page) => {
    const username = page.locator('input[autocomplete="username"]');
    await username.click();
    for (const key of 'ada.lovelace') into.usernameKey!.push(await toNextPaint(page, 'keydown', () => page.keyboard.press(key)));
    await page.locator('input[autocomplete="current-password"]').fill('demo-password');
    const submit = page.locator('button[type="submit"]').first();
    const busy = kit ? 'button[type="submit"][data-state="pending"]' : 'button[type="submit"]:disabled';
    into.signInToBusy!.push(await toNextPaint(page, 'pointerdown', () => submit.click(), busy));
    if (!kit) return;
    // The answer handed over → the MFA step's code field painted.
    const painted = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const watch = new MutationObserver(() => {
            if (!document.querySelector('input[autocomplete="one-time-code"]')) return;
            watch.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (window as unknown as { __answeredAt: number }).__answeredAt)));
          });
          watch.observe(document, { subtree: true, childList: true });
        }),
    );
    await page.evaluate(() => (window as unknown as { __release: Array<() => void> }).__release.shift()?.());
    into.answerToMfaStep!.push(await within(5_000, 'MFA step paint', painted));
    const code = page.locator('input[autocomplete="one-time-code"]');
    await code.click();
    for (const key of '123456') into.codeKey!.push(await toNextPaint(page, 'keydown', () => page.keyboard.press(key)));
  });
}

/** Kit and plain form alternating, `runs` passes each (12 keystrokes per pass, 6 in the code). */
export async function measureInteraction(browser: Browser, baseUrl: string, runs: number, log: (line: string) => void): Promise<InteractionResult> {
  const kit: Record<string, number[]> = { usernameKey: [], signInToBusy: [], answerToMfaStep: [], codeKey: [] };
  const plain: Record<string, number[]> = { usernameKey: [], signInToBusy: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? (['plain', 'kit'] as const) : (['kit', 'plain'] as const);
    for (const which of order) {
      if (which === 'kit') await pass(browser, `${baseUrl}/kit.html`, true, kit);
      else await pass(browser, `${baseUrl}/plain.html`, false, plain);
    }
  }
  const result: InteractionResult = {
    kit: {
      usernameKey: latency(kit.usernameKey!),
      signInToBusy: latency(kit.signInToBusy!),
      answerToMfaStep: latency(kit.answerToMfaStep!),
      codeKey: latency(kit.codeKey!),
    },
    plain: { usernameKey: latency(plain.usernameKey!), signInToBusy: latency(plain.signInToBusy!) },
    runs,
  };
  log(
    `  interaction: key ${result.kit.usernameKey.median} ms (plain ${result.plain.usernameKey.median}), busy ${result.kit.signInToBusy.median} ms ` +
      `(plain ${result.plain.signInToBusy.median}), MFA step ${result.kit.answerToMfaStep.median} ms, code key ${result.kit.codeKey.median} ms`,
  );
  return result;
}

export interface MemoryPoint {
  jsHeapUsedKb: number;
  nodes: number;
  jsEventListeners: number;
  /** Timers set and neither fired nor cleared (the page's setTimeout/setInterval, wrapped). */
  pendingTimers: number;
  /** DOM nodes no longer in the document but still reachable (DOM.getDetachedDomNodes). */
  detachedNodes: number | null;
}

export interface MemoryResult {
  afterMount: MemoryPoint;
  afterMfaFlow: MemoryPoint;
  /** After one mount/unmount warm-up, and after 50 more cycles. */
  cyclesBefore: MemoryPoint;
  cyclesAfter: MemoryPoint;
  cycles: number;
  /** No growth in nodes, detached nodes, listeners or timers over the cycles (heap is reported). */
  ok: boolean;
}

const countTimers = () => {
  const pending = new Set<unknown>();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = st(
      (...args: unknown[]) => {
        pending.delete(id);
        if (typeof fn === 'function') fn(...args);
      },
      ms,
      ...rest,
    );
    pending.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = (id) => {
    pending.delete(id);
    ct(id);
  };
  window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = si(fn, ms, ...rest);
    pending.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = (id) => {
    pending.delete(id);
    ci(id);
  };
  (window as unknown as { __pendingTimers: () => number }).__pendingTimers = () => pending.size;
};

async function memoryPoint(page: Page, cdp: CDPSession): Promise<MemoryPoint> {
  // Let anything scheduled by the last step run, then collect garbage twice (weak refs, finalizers).
  await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  let detachedNodes: number | null = null;
  try {
    const answer = (await cdp.send('DOM.getDetachedDomNodes' as never)) as { detachedNodes: unknown[] };
    detachedNodes = answer.detachedNodes.length;
  } catch {
    // Not in this Chromium: the Nodes count still shows nodes kept alive.
  }
  return {
    jsHeapUsedKb: round(metric('JSHeapUsedSize') / 1024),
    nodes: metric('Nodes'),
    jsEventListeners: metric('JSEventListeners'),
    pendingTimers: await page.evaluate(() => (window as unknown as { __pendingTimers: () => number }).__pendingTimers()),
    detachedNodes,
  };
}

/** Heap and DOM after mount and after a full MFA flow; then 50 mount/unmount cycles. */
export async function measureMemory(browser: Browser, baseUrl: string, log: (line: string) => void, cycles = 50): Promise<MemoryResult> {
  let result: MemoryResult | undefined;
  await openStubbed(browser, `${baseUrl}/lab.html`, async (page) => {
    await page.evaluate(countTimers); // before any cycle: the first mount's timers are not seen, nor needed
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('DOM.enable');
    const afterMount = await memoryPoint(page, cdp);

    await page.locator('input[autocomplete="username"]').fill('mfa-user');
    await page.locator('input[autocomplete="current-password"]').fill('demo-password');
    await page.locator('button[type="submit"]').first().click();
    await page.evaluate(() => (window as unknown as { __release: Array<() => void> }).__release.shift()?.());
    const code = page.locator('input[autocomplete="one-time-code"]');
    await code.fill('123456');
    await code.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __release: unknown[] }).__release.length > 0);
    await page.evaluate(() => (window as unknown as { __release: Array<() => void> }).__release.shift()?.());
    await page.getByRole('heading', { name: /API key/i }).waitFor();
    const afterMfaFlow = await memoryPoint(page, cdp);

    const cycle = () =>
      page.evaluate(async () => {
        window.__unmount!();
        window.__mount!();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        if (!document.querySelector('input')) throw new Error('the flow did not mount');
      });
    await cycle(); // warm-up: React's document-wide listeners, lazy styles
    const cyclesBefore = await memoryPoint(page, cdp);
    for (let i = 0; i < cycles; i++) await cycle();
    const cyclesAfter = await memoryPoint(page, cdp);
    const grew = (key: 'nodes' | 'jsEventListeners' | 'pendingTimers' | 'detachedNodes') =>
      (cyclesAfter[key] ?? 0) > (cyclesBefore[key] ?? 0);
    const ok = !grew('nodes') && !grew('jsEventListeners') && !grew('pendingTimers') && !grew('detachedNodes');
    result = { afterMount, afterMfaFlow, cyclesBefore, cyclesAfter, cycles, ok };
  });
  const r = result!;
  log(
    `  memory: heap ${r.afterMount.jsHeapUsedKb} KB / ${r.afterMount.nodes} nodes after mount, ${r.afterMfaFlow.jsHeapUsedKb} KB / ` +
      `${r.afterMfaFlow.nodes} after the MFA flow; ${cycles} cycles: nodes ${r.cyclesBefore.nodes}→${r.cyclesAfter.nodes}, listeners ` +
      `${r.cyclesBefore.jsEventListeners}→${r.cyclesAfter.jsEventListeners}, timers ${r.cyclesBefore.pendingTimers}→${r.cyclesAfter.pendingTimers}, ` +
      `detached ${r.cyclesBefore.detachedNodes}→${r.cyclesAfter.detachedNodes}, heap ${r.cyclesBefore.jsHeapUsedKb}→${r.cyclesAfter.jsHeapUsedKb} KB`,
  );
  return r;
}

// ---- CPU profile of the first render, self time by source module (via the page's source map).

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 `mappings` → per generated line, segments [column, source index] in column order. */
function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: Array<[number, number]> = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += values[0]!;
      if (values.length >= 4) {
        source += values[1]!;
        segments.push([column, source]);
      }
      // values[2], values[3] (line, column in the source) are not needed: the module is.
    }
    lines.push(segments);
  }
  return lines;
}

/** `src/core/auth-machine.ts`, or the package name for node_modules. */
function moduleOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [scope, name] = source.slice(nm + 'node_modules/'.length).split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const src = source.lastIndexOf('src/');
  return src >= 0 ? source.slice(src) : source.replace(/^(\.\.\/)+/, '');
}

export interface ProfileResult {
  /** ms of samples from navigation to the first visible input + 100 ms. */
  totalMs: number;
  /** Self time by module, ms, most first; the kit's own modules are those under src/. */
  byModule: Array<{ module: string; selfMs: number; kit: boolean }>;
  kitSelfMs: number;
  file: string;
}

/** Chromium's sampling profiler (100 µs) over the lab page's load, mapped to modules. */
export async function profileFirstRender(browser: Browser, baseUrl: string, outFile: string, log: (line: string) => void): Promise<ProfileResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${baseUrl}/lab.html`, { waitUntil: 'load' });
    await page.locator('input').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(100);
    const { profile } = await cdp.send('Profiler.stop');

    const maps = new Map<string, { sources: string[]; lines: Array<Array<[number, number]>> } | null>();
    const mapFor = async (url: string) => {
      if (maps.has(url)) return maps.get(url)!;
      let map = null;
      if (url.startsWith(baseUrl) && url.endsWith('.js')) {
        try {
          const raw = JSON.parse(await readFile(join(pagesOutDir, `${new URL(url).pathname}.map`), 'utf8')) as { sources: string[]; mappings: string };
          map = { sources: raw.sources, lines: decodeMappings(raw.mappings) };
        } catch {
          map = null;
        }
      }
      maps.set(url, map);
      return map;
    };
    const moduleByNode = new Map<number, string>();
    for (const node of profile.nodes) {
      const { url, lineNumber, columnNumber, functionName } = node.callFrame;
      let module = url ? new URL(url).pathname : `(${functionName || 'native'})`;
      const map = url ? await mapFor(url) : null;
      const segments = map?.lines[lineNumber];
      if (segments?.length) {
        let hit: [number, number] | undefined;
        for (const segment of segments) {
          if (segment[0] > columnNumber) break;
          hit = segment;
        }
        if (hit) module = moduleOf(map!.sources[hit[1]]!);
      }
      moduleByNode.set(node.id, module);
    }
    const self = new Map<string, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const module = moduleByNode.get(samples[i]!) ?? '(unknown)';
      self.set(module, (self.get(module) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
    const byModule = [...self]
      .map(([module, ms]) => ({ module, selfMs: round(ms, 2), kit: module.startsWith('src/') }))
      .filter((m) => m.selfMs > 0)
      .sort((a, b) => b.selfMs - a.selfMs);
    await writeFile(outFile, JSON.stringify(profile));
    const result: ProfileResult = {
      totalMs: round((profile.endTime - profile.startTime) / 1000),
      byModule,
      kitSelfMs: round(byModule.filter((m) => m.kit).reduce((sum, m) => sum + m.selfMs, 0), 2),
      file: outFile,
    };
    log(`  profile: ${result.kitSelfMs} ms of the kit's own code; top ${byModule.slice(0, 3).map((m) => `${m.module} ${m.selfMs}`).join(', ')}`);
    return result;
  } finally {
    await context.close();
  }
}
