/**
 * The key the copy button put on the clipboard, for emptying it when the key leaves the screen,
 * but only while the clipboard still holds the key: never what the user copied since. A page may
 * read the clipboard only with the user's permission, so without it the kit goes by what it can
 * see: a copy or cut in the page, or the page losing focus (the user may have copied in another
 * app), means the clipboard may hold something else, and it is left alone.
 */
export function keyOnClipboard(value: string) {
  let maybeReplaced = false;
  const replaced = () => {
    maybeReplaced = true;
  };
  const events = [
    [document, 'copy'],
    [document, 'cut'],
    [window, 'blur'],
  ] as const;
  for (const [target, type] of events) target.addEventListener(type, replaced);
  const stop = () => {
    for (const [target, type] of events) target.removeEventListener(type, replaced);
  };
  return {
    /** Stops watching, leaving the clipboard as it is (the key was copied again). */
    stop,
    /** Empties the clipboard if it still holds the key. */
    async clear(): Promise<void> {
      stop();
      const clipboard = globalThis.navigator?.clipboard;
      if (!clipboard) return;
      let held: string | null = null;
      try {
        // Only where reading needs no prompt: a permission prompt at "Done" would be a surprise.
        const { state } = await navigator.permissions.query({ name: 'clipboard-read' as PermissionName });
        if (state === 'granted') held = await clipboard.readText();
      } catch {
        // No Permissions API, or no such permission (Firefox, Safari): go by what the page saw.
      }
      if (held === null ? !maybeReplaced : held === value) {
        // Awaited inside try, not `.catch()` on its result: a clipboard shim (or a test's mock)
        // may throw at once or return no promise, and clearing must never fail the step.
        try {
          await clipboard.writeText('');
        } catch {
          // Not allowed (no focus, no permission): the key stays until the user copies again.
        }
      }
    },
  };
}
