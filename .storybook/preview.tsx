import type { Decorator, Preview } from '@storybook/react-vite';
// msw-storybook-addon 3.x: the CSF3 loader registers public/mockServiceWorker.js on first load.
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/theme/styles.css';
import { brandTheme } from '../src/theme/brand-theme.js';
import { darkTheme, lightTheme, themeToCssVars, type AuthTheme } from '../src/theme/theme.js';

/** The toolbar's themes; `system` sets nothing, so the stylesheet follows the OS, as in an app. */
const themes: Record<string, AuthTheme | undefined> = { system: undefined, light: lightTheme, dark: darkTheme, brand: brandTheme };

/**
 * The toolbar's theme is set as --rlk-* variables on a wrapper: the stylesheet's defaults sit on
 * :root, so the variables inherit into every component, exactly as an app's own wrapper would.
 * A story's `theme` prop still wins (it is set on the component's root). On a docs page each story
 * is a block among others: no full-viewport height there.
 */
const withTheme: Decorator = (Story, context) => {
  const vars = themeToCssVars(themes[context.globals.theme as string]);
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const docs = context.viewMode === 'docs';
  return (
    <div
      dir={dir}
      style={{
        ...vars,
        background: 'var(--rlk-color-background)',
        padding: docs ? '1rem' : '1.5rem',
        minHeight: docs ? undefined : '100vh',
        boxSizing: 'border-box',
      }}
    >
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
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'system', title: 'System (follows the OS)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'system', dir: 'ltr' },
  parameters: {
    // Any axe violation fails the story's test (in `npm test`) and shows in the a11y panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'fullscreen',
    options: {
      // Guides first, then the components, each in the order it reads best.
      storySort: { order: ['Introduction', 'Theming', 'Headless: useAuth', 'Testing your page', 'Components'] },
    },
  },
};
export default preview;
