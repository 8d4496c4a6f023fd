/** Where loading a step's code stands: its component once it is here. */
export type OnDemandSnapshot<C> = { status: 'idle' | 'loading' | 'failed' } | { status: 'loaded'; component: C };

/**
 * A step's code, loaded the first time it may be needed (a chunk of its own in the app's bundle),
 * as a store React can read without Suspense: the component on screen never waits on a thrown
 * promise, a failure is a state the step can show with a way to try again, and a server render
 * never loads anything (nothing calls `load` there).
 */
export interface OnDemand<C> {
  getSnapshot(): OnDemandSnapshot<C>;
  subscribe(listener: () => void): () => void;
  /** Starts loading unless loaded or loading; after a failure, tries again. */
  load(): void;
}

// Chromium and Firefox name the module whose fetch failed; Safari does not.
const NATIVE_IMPORT_FAILED = /dynamically imported module: (\S+)/;

/**
 * Chromium keeps a module's failed fetch for the life of the page, so `import()` of the same URL
 * fails again at once, however often the user retries; the same module under another query
 * string is fetched anew. The URL to fetch it again from, or null: only for a failed native
 * `import()` of the page's own origin (webpack's chunk loading retries by itself and says
 * something else; Safari names no URL).
 */
export function retryUrl(error: unknown, attempt: number, page: string): string | null {
  const named = error instanceof Error ? NATIVE_IMPORT_FAILED.exec(error.message)?.[1] : undefined;
  if (!named) return null;
  const url = new URL(named, page);
  if (url.origin !== new URL(page).origin) return null;
  url.searchParams.set('retry', String(attempt));
  return url.href;
}

function importAgain(error: unknown, attempt: number): Promise<unknown> | null {
  const url = typeof location === 'undefined' ? null : retryUrl(error, attempt, location.href);
  return url ? import(/* @vite-ignore */ /* webpackIgnore: true */ url) : null;
}

/** `load` imports the step's module once; `pick` takes the component out of it. */
export function onDemand<M, C>(load: () => Promise<M>, pick: (module: M) => C): OnDemand<C> {
  let snapshot: OnDemandSnapshot<C> = { status: 'idle' };
  let attempts = 0;
  const listeners = new Set<() => void>();
  const set = (next: OnDemandSnapshot<C>) => {
    snapshot = next;
    listeners.forEach((listener) => listener());
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      if (snapshot.status === 'loading' || snapshot.status === 'loaded') return;
      const attempt = ++attempts;
      set({ status: 'loading' });
      load()
        .catch((error: unknown) => {
          const again = attempt > 1 ? importAgain(error, attempt) : null;
          if (!again) throw error;
          return again as Promise<M>;
        })
        .then(
          (module) => set({ status: 'loaded', component: pick(module) }),
          () => set({ status: 'failed' }),
        );
    },
  };
}
