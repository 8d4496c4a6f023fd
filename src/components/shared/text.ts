/**
 * Wraps text from elsewhere (a username, a key name) in Unicode isolates (FSI … PDI), so a
 * left-to-right name inside a right-to-left sentence, or the reverse, keeps its own direction and
 * the sentence's punctuation stays where it belongs. Invisible, and works inside any message string.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
