/** @type {import('tailwindcss').Config} */
export default {
  content: ['./index.html', './src/**/*.tsx'],
  // Preflight is unlayered CSS: it would beat every rule of the kit's layered stylesheet (borders,
  // padding, button colours). Off, the kit keeps its look and Tailwind's utilities still win.
  corePlugins: { preflight: false },
};
