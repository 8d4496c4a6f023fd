/** What the bench pages expose to the Playwright side. */
export interface FirstInputMark {
  /** performance.now() when an <input> was first in the DOM. */
  inDom: number;
  /** performance.now() in the first animation frame where that input has a size and is not hidden. */
  visible: number;
}

export interface CommitRecord {
  id: string;
  phase: 'mount' | 'update' | 'nested-update';
  at: number;
  /** The MFA step was in the DOM at this commit. */
  mfaShown: boolean;
}

declare global {
  interface Window {
    /** Set by the probe script in kit.html / plain.html. */
    __firstInput?: FirstInputMark | null;
    /** Set by the profiler pages. */
    __commits?: CommitRecord[];
    /** ssr.html: performance.now() when hydration committed. */
    __hydrated?: number;
    /** lab.html: mount and unmount the drop-in. */
    __mount?: () => void;
    __unmount?: () => void;
  }
}

export {};
