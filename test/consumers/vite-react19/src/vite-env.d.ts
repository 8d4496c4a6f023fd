interface ImportMetaEnv {
  /** The Riffyn API (the consumer suite's mock server). */
  readonly VITE_RIFFYN_URL?: string;
}
