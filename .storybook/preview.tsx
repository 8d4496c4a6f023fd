import type { Decorator, Preview } from '@storybook/react-vite';
// msw-storybook-addon 3.x: the CSF3 loader registers public/mockServiceWorker.js on first load.
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/theme/styles.css';
import { brandTheme } from '../src/theme/brand-theme.js';
import { darkTheme, lightTheme, themeToCssVars } from '../src/theme/theme.js';

const themes = { light: lightTheme, dark: darkTheme, brand: brandTheme };

/**
 * The toolbar's theme is set as --rlk-* variables on a wrapper: the stylesheet's defaults sit on
 * :root, so the variables inherit into every component, exactly as an app's own wrapper would.
 * A story's `theme` prop still wins (it is set on the component's root).
 */
const withTheme: Decorator = (Story, context) => {
  const name = (context.globals.theme ?? 'light') as keyof typeof themes;
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const vars = themeToCssVars(themes[name]);
  return (
    <div dir={dir} style={{ ...vars, background: vars['--rlk-color-background'], padding: '1.5rem', minHeight: '100vh', boxSizing: 'border-box' }}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Theme tokens for the components',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'brand'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
  parameters: {
    // Any axe violation fails the story's test (in `npm test`) and shows in the a11y panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'fullscreen',
  },
};
export default preview;
