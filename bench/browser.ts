import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/setup/chromium.js';

/** Debian's Chromium, headless, with the project's usual arguments. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true, timeout: 30_000 });
}

/** Rejects when `promise` has not settled after `ms`; every browser step goes through this. */
export async function within<T>(ms: number, label: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
