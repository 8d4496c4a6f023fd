import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ApiKeyReveal } from './ApiKeyReveal.js';

/** Obviously fake, but as long as a real one. */
const KEY = 'rfk_demo_3f9a1c7e5b2d4a6c8e0f1a3b5c7d9e1f';

/**
 * The stories never fill the browser's downloads folder: each one that downloads records the
 * link's click instead (file name, contents, and whether its object URL was revoked at once).
 */
const saved = fn().mockName('download');

function recordDownloads() {
  saved.mockReset();
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob) => {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url) => {
    blobs.delete(url);
    revokeObjectURL.call(URL, url);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const { download: name, href } = this;
    const blob = blobs.get(href)!;
    // Read after the click returned: by then the component must have revoked the URL.
    void blob.text().then((text) => {
      saved(name, text, !blobs.has(href));
    });
  };
  return () => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    HTMLAnchorElement.prototype.click = click;
  };
}

/** Fires what a tab close fires; true when the page asked the user to stay. */
function tryToLeave() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const meta = {
  title: 'Components/ApiKeyReveal/Download and leave guard',
  component: ApiKeyReveal,
  args: {
    apiKey: { status: 'shown', value: KEY, name: 'loginKey', message: null },
    onAcknowledge: fn(),
    username: 'ada.lovelace',
    download: true,
    leaveGuard: true,
  },
  beforeEach: recordDownloads,
} satisfies Meta<typeof ApiKeyReveal>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Both options on, as in `<AuthFlow>`: two download buttons under the key; leaving asks first. */
export const Offered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Download as .env' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Download as .txt' })).toBeVisible();
    await expect(tryToLeave()).toBe(true);
  },
};

export const DownloadedEnv: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Download as .env' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Sent riffyn-api-key.env to your downloads. Check that it is there');
    // The third argument: the object URL was revoked by the time the click returned.
    await waitFor(() => expect(saved).toHaveBeenCalledWith('riffyn-api-key.env', `RIFFYN_API_KEY=${KEY}\n`, true));
    // Handed to the downloads, which the user may have cancelled: leaving still asks first.
    await expect(tryToLeave()).toBe(true);
    await expect(canvasElement.innerHTML).not.toContain(KEY);
  },
};

export const DownloadedTxt: Story = {
  args: { download: { fileName: 'acme-portal-key' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Download as .txt' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Sent acme-portal-key.txt to your downloads.');
    await waitFor(() => expect(saved).toHaveBeenCalledWith('acme-portal-key.txt', `${KEY}\n`, true));
  },
};

/** "Saved" ticked: the key is the user's now, leaving no longer asks. */
export const GuardReleased: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(tryToLeave()).toBe(true);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }));
    await expect(tryToLeave()).toBe(false);
  },
};

/** Both off: the component as it was, for an app with its own download or guard. */
export const Off: Story = {
  args: { download: false, leaveGuard: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: /Download/ })).toBeNull();
    await expect(tryToLeave()).toBe(false);
  },
};
