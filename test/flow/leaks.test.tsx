import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthFlow } from '../../src/components/AuthFlow/AuthFlow.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { mfaRequired } from '../../src/testing/fixtures.js';

// Mounting and unmounting the drop-in many times must leave nothing behind on window or document
// (listeners keep the whole tree alive) and no timer running (a countdown or session timer that
// survives its component). The bench does the same 50 times in Chromium with heap counts.

type Listener = { target: EventTarget; type: string; listener: unknown; capture: boolean };

/** Listeners on window and document, and timers not yet fired or cleared, while installed. */
function track() {
  const listeners: Listener[] = [];
  const timers = new Set<unknown>();
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = globalThis;
  const watched = (target: EventTarget) => target === window || target === document;
  const capture = (options: unknown) => (typeof options === 'boolean' ? options : !!(options as { capture?: boolean })?.capture);
  const same = (a: Listener, b: Omit<Listener, 'target'> & { target: EventTarget }) =>
    a.target === b.target && a.type === b.type && a.listener === b.listener && a.capture === b.capture;

  proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (watched(this) && listener) {
      const entry = { target: this, type, listener, capture: capture(options) };
      if (!listeners.some((l) => same(l, entry))) listeners.push(entry);
      const signal = (options as { signal?: AbortSignal } | undefined)?.signal;
      signal?.addEventListener('abort', () => listeners.splice(listeners.indexOf(entry) >>> 0, 1));
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const i = listeners.findIndex((l) => same(l, { target: this, type, listener, capture: capture(options) }));
    if (i >= 0) listeners.splice(i, 1);
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const id: unknown = st(
      (...a: unknown[]) => {
        timers.delete(id);
        fn(...a);
      },
      ms,
      ...rest,
    );
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = (id: unknown) => {
    timers.delete(id);
    ct(id as ReturnType<typeof setTimeout>);
  };
  globalThis.setInterval = ((fn: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const id: unknown = si(fn, ms, ...rest);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  globalThis.clearInterval = (id: unknown) => {
    timers.delete(id);
    ci(id as ReturnType<typeof setInterval>);
  };

  return {
    counts: () => ({ listeners: listeners.map((l) => `${l.target === window ? 'window' : 'document'}:${l.type}`).sort(), timers: timers.size }),
    restore() {
      Object.assign(proto, { addEventListener: add, removeEventListener: remove });
      Object.assign(globalThis, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci });
    },
  };
}

/** A macrotask and two more, so anything scheduled by an unmount has fired or been cleared. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done, 0));
};

describe('mount and unmount leave nothing behind', () => {
  let tracker: ReturnType<typeof track>;
  beforeEach(() => {
    tracker = track();
  });
  afterEach(() => {
    cleanup();
    tracker.restore();
  });

  it('10 cycles of AuthProvider + AuthFlow, every other one through to the MFA step: listeners and timers back to the start', async () => {
    const client = createRiffynClient({
      baseUrl: 'https://api.acme.riffyn.test',
      fetch: async () => new Response(JSON.stringify(mfaRequired()), { headers: { 'content-type': 'application/json' } }),
    });
    // user-event and React listen on the document once, for good (React: selectionchange for
    // onSelect): cycle 0 is the warm-up, the baseline is taken after it.
    const user = userEvent.setup({ delay: null });
    let before = tracker.counts();
    let mounted = 0;
    for (let cycle = 0; cycle <= 10; cycle++) {
      const view = render(
        <AuthProvider client={client} queryClient={new QueryClient()}>
          <AuthFlow />
        </AuthProvider>,
      );
      await user.type(screen.getByLabelText('Username'), 'ada');
      if (cycle % 2) {
        await user.type(screen.getByLabelText('Password', { exact: true }), 'pw');
        await user.click(screen.getByRole('button', { name: 'Sign in' }));
        // The MFA step runs its countdown (an interval) and the controller its deadline timer.
        await screen.findByLabelText('6-digit code');
      }
      // While mounted, the flow does listen and time: the check below is not vacuous.
      const during = tracker.counts();
      if (during.listeners.length > before.listeners.length || during.timers > before.timers) mounted++;
      view.unmount();
      await settle();
      if (cycle === 0) before = tracker.counts();
    }
    expect(mounted).toBeGreaterThan(0);
    expect(tracker.counts()).toEqual(before);
  }, 60_000); // ~4 s alone; generous for a loaded CI machine
});
