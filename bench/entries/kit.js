// The whole kit: everything the package's main entry exports. Every entry in this folder is
// bundled from the packed tarball, installed as an app installs it (bench/package.ts): .js,
// outside the type check, because the package exists only once packed.
export * from 'riffyn-login-kit';
