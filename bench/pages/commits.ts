import type { ProfilerOnRenderCallback } from 'react';
import type { CommitRecord } from './bench-window.js';

const commits: CommitRecord[] = [];
window.__commits = commits;

/** The MfaFactorPicker root, whichever spelling its data-rlk-component value has. */
export function mfaShown(): boolean {
  for (const el of document.querySelectorAll('[data-rlk-component]')) {
    if (el.getAttribute('data-rlk-component')!.toLowerCase().replace(/-/g, '') === 'mfafactorpicker') return true;
  }
  return false;
}

/** Profiler callback: one record per commit of the profiled tree (needs react-dom/profiling). */
export const onRender: ProfilerOnRenderCallback = (id, phase) => {
  commits.push({ id, phase, at: performance.now(), mfaShown: mfaShown() });
};
