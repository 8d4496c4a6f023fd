export { ApiKeyReveal } from './ApiKeyReveal.js';
export { API_KEY_NAME_MAX_LENGTH } from './ApiKeyReveal.types.js';
export type { ApiKeyRevealProps, ApiKeyRevealSlot, ApiKeyRevealState } from './ApiKeyReveal.types.js';
export type { ApiKeyDownloadOptions } from './download.js';
