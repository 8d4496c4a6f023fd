// What any Jest + React app has: JSX, and the CommonJS modules Jest runs. Nothing here is for the kit.
module.exports = {
  presets: [['@babel/preset-react', { runtime: 'automatic' }]],
  plugins: ['@babel/plugin-transform-modules-commonjs'],
};
