import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  // The guides (Introduction, Theming, Headless, Testing your page), then every component's stories.
  stories: ['../docs/*.mdx', '../docs/*.stories.tsx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', '@storybook/addon-a11y', 'msw-storybook-addon'],
  staticDirs: ['../public'], // serves /mockServiceWorker.js for msw-storybook-addon
  core: {
    disableTelemetry: true, // no network calls to storybook.js.org from this offline machine
    disableWhatsNewNotifications: true,
  },
  typescript: { reactDocgen: 'react-docgen' },
  // vite.config.ts is the library build: drop its declaration, stylesheet and error-counting
  // plugins (they would write .d.ts and styles.css into storybook-static) and its logger.
  viteFinal: (cfg) => ({
    ...cfg,
    customLogger: undefined,
    plugins: (cfg.plugins ?? [])
      .flat()
      .filter((p) => !(p && typeof p === 'object' && 'name' in p && /^(unplugin-dts$|riffyn-lib-)/.test(p.name))),
  }),
};
export default config;
