/** How `<ApiKeyReveal>` writes the key to a file; `download={true}` takes every default. */
export interface ApiKeyDownloadOptions {
  /** The file's name without its extension. Default `riffyn-api-key`. */
  fileName?: string | undefined;
  /** The variable the `.env` line sets. Default `RIFFYN_API_KEY`. */
  envVar?: string | undefined;
}

/** The two files the user can choose between. */
export type ApiKeyDownloadFormat = 'env' | 'txt';

/**
 * The file's name and contents for one format: a `.env` line (`RIFFYN_API_KEY=…`) to drop into a
 * project, or a plain `.txt` holding only the key.
 */
export function keyFile(value: string, format: ApiKeyDownloadFormat, options: ApiKeyDownloadOptions = {}) {
  const { fileName = 'riffyn-api-key', envVar = 'RIFFYN_API_KEY' } = options;
  return { name: `${fileName}.${format}`, text: `${format === 'env' ? `${envVar}=` : ''}${value}\n` };
}

/**
 * Hands `text` to the browser's downloads as `name`. The object URL lives only for the click: the
 * browser resolves it when the download starts, so it is revoked at once and the Blob can be
 * collected; nothing is written anywhere else (no storage, no DOM node left behind).
 */
export function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
