import type { ComponentProps } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiKeyReveal } from '../../src/components/ApiKeyReveal/index.js';
import type { ApiKeyInfo } from '../../src/core/auth-machine.js';

const KEY = 'rfk_live_9f8e7d6c5b4a3210ffeeddccbbaa9988';
const shown = { status: 'shown', value: KEY, name: 'loginKey', message: null } as const satisfies ApiKeyInfo;

/** What the page handed to the browser's downloads, and which object URLs are still alive. */
let downloads: Array<{ name: string; url: string; blob: Blob; live: boolean }>;
let live: Map<string, Blob>;

beforeEach(() => {
  downloads = [];
  live = new Map();
  let n = 0;
  // jsdom has no object URLs and does not download: record both as a browser would see them.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    live.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void live.delete(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, url: this.href, blob: live.get(this.href)!, live: live.has(this.href) });
  });
});

function setup(props: Partial<ComponentProps<typeof ApiKeyReveal>> = {}) {
  const user = userEvent.setup();
  const utils = render(<ApiKeyReveal apiKey={shown} onAcknowledge={() => {}} {...props} />);
  return { user, ...utils };
}

/** Dispatches the event a tab close or reload fires; true when the page asked to stay. */
function tryToLeave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('ApiKeyReveal — download', () => {
  it('has no download buttons unless asked', () => {
    setup();
    expect(screen.queryByRole('button', { name: /Download/ })).not.toBeInTheDocument();
  });

  it('downloads a .env line, revokes the URL at once, and says where the key went', async () => {
    const { user, container } = setup({ download: true });
    await user.click(screen.getByRole('button', { name: 'Download as .env' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ name: 'riffyn-api-key.env', live: true });
    expect(await downloads[0]!.blob.text()).toBe(`RIFFYN_API_KEY=${KEY}\n`);
    // Revoked before the click handler returned: no URL outlives the download.
    expect(live.size).toBe(0);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(downloads[0]!.url);
    expect(screen.getByRole('status')).toHaveTextContent('Sent riffyn-api-key.env to your downloads. Check that it is there');
    // Nothing left behind: no link in the page, the key still masked.
    expect(container.querySelector('a[download]')).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain(KEY);
  });

  it('downloads a .txt holding only the key, under the names the app chose', async () => {
    const { user } = setup({ download: { fileName: 'acme-key', envVar: 'ACME_KEY' } });
    await user.click(screen.getByRole('button', { name: 'Download as .txt' }));
    expect(downloads[0]!.name).toBe('acme-key.txt');
    expect(await downloads[0]!.blob.text()).toBe(`${KEY}\n`);
    await user.click(screen.getByRole('button', { name: 'Download as .env' }));
    expect(await downloads[1]!.blob.text()).toBe(`ACME_KEY=${KEY}\n`);
  });

  it('stores nothing: no storage, no cookie', async () => {
    const { user } = setup({ download: true });
    await user.click(screen.getByRole('button', { name: 'Download as .env' }));
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});

describe('ApiKeyReveal — leave guard', () => {
  it('does nothing unless asked', () => {
    setup();
    expect(tryToLeave()).toBe(false);
  });

  it('asks to stay while the key is shown and not saved, and lets go once ticked as saved', async () => {
    const { user } = setup({ leaveGuard: true });
    expect(tryToLeave()).toBe(true);
    const saved = screen.getByRole('checkbox', { name: 'I have saved this key somewhere safe' });
    await user.click(saved);
    expect(tryToLeave()).toBe(false);
    await user.click(saved);
    expect(tryToLeave()).toBe(true);
  });

  it('holds after a download, which the user may have cancelled, until "saved" is ticked; never says "Downloaded"', async () => {
    const { user } = setup({ leaveGuard: true, download: true });
    await user.click(screen.getByRole('button', { name: 'Download as .txt' }));
    expect(tryToLeave()).toBe(true);
    expect(screen.getByRole('status')).not.toHaveTextContent(/downloaded/i);
    await user.click(screen.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }));
    expect(tryToLeave()).toBe(false);
  });

  it('lets go once the key is acknowledged, or the step is gone', () => {
    const { rerender, unmount } = setup({ leaveGuard: true });
    rerender(<ApiKeyReveal apiKey={{ status: 'acknowledged', name: 'loginKey' }} onAcknowledge={() => {}} leaveGuard />);
    expect(tryToLeave()).toBe(false);
    rerender(<ApiKeyReveal apiKey={shown} onAcknowledge={() => {}} leaveGuard />);
    expect(tryToLeave()).toBe(true);
    unmount();
    expect(tryToLeave()).toBe(false);
  });

  it('guards again for a new key after a download of the previous one', async () => {
    const { user, rerender } = setup({ leaveGuard: true, download: true });
    await user.click(screen.getByRole('button', { name: 'Download as .txt' }));
    rerender(<ApiKeyReveal apiKey={{ status: 'none', message: null }} onAcknowledge={() => {}} leaveGuard download />);
    rerender(<ApiKeyReveal apiKey={{ ...shown, value: 'rfk_other' }} onAcknowledge={() => {}} leaveGuard download />);
    expect(tryToLeave()).toBe(true);
  });
});
