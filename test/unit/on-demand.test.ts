import { describe, expect, it, vi } from 'vitest';
import { onDemand, retryUrl } from '../../src/components/AuthFlow/on-demand.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('onDemand: a step loaded the first time it may be needed', () => {
  it('loads once however often it is asked, and tells its listeners', async () => {
    const load = vi.fn(() => Promise.resolve({ Step: 'the step' }));
    const step = onDemand(load, (module) => module.Step);
    const listener = vi.fn();
    step.subscribe(listener);
    expect(step.getSnapshot()).toEqual({ status: 'idle' });
    step.load();
    step.load();
    expect(step.getSnapshot()).toEqual({ status: 'loading' });
    await settle();
    step.load();
    expect(step.getSnapshot()).toEqual({ status: 'loaded', component: 'the step' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(2); // loading, loaded
  });

  it('a failed load is a state, not a throw; loading again tries again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ Step: 'the step' });
    const step = onDemand(load, (module: { Step: string }) => module.Step);
    step.load();
    await settle();
    expect(step.getSnapshot()).toEqual({ status: 'failed' });
    step.load();
    await settle();
    expect(step.getSnapshot()).toEqual({ status: 'loaded', component: 'the step' });
    expect(load).toHaveBeenCalledTimes(2);
  });

});

describe('retryUrl: where a module Chromium will not fetch twice is fetched again', () => {
  const page = 'https://app.acme.test/sign-in';
  it('the same module under a query string of its own, for a failed native import of this origin', () => {
    const chromium = new TypeError('Failed to fetch dynamically imported module: https://app.acme.test/assets/Mfa-abc.js');
    expect(retryUrl(chromium, 2, page)).toBe('https://app.acme.test/assets/Mfa-abc.js?retry=2');
    const firefox = new TypeError('error loading dynamically imported module: https://app.acme.test/assets/Mfa-abc.js');
    expect(retryUrl(firefox, 3, page)).toBe('https://app.acme.test/assets/Mfa-abc.js?retry=3');
  });
  it('nothing for another origin, a webpack chunk or an error that names no module', () => {
    expect(retryUrl(new TypeError('Failed to fetch dynamically imported module: https://evil.test/x.js'), 2, page)).toBeNull();
    expect(retryUrl(new Error('Loading chunk 123 failed.\n(error: https://app.acme.test/123.js)'), 2, page)).toBeNull();
    expect(retryUrl(new TypeError('Importing a module script failed.'), 2, page)).toBeNull();
    expect(retryUrl('Failed to fetch dynamically imported module: https://app.acme.test/x.js', 2, page)).toBeNull();
  });
});
