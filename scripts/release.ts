/**
 * `npm run release -- <patch|minor|major|x.y.z> [--dry-run] [--skip-tests]`: everything up to
 * publishing, which stays a manual step (CONTRIBUTING.md, "Releasing").
 *
 * 1. Refuses a dirty working tree or an existing tag.
 * 2. Sets the version in package.json and package-lock.json; moves CHANGELOG.md's Unreleased
 *    notes under it, dated today.
 * 3. `npm test` (unless --skip-tests): type check, unit, stories, end to end; its build test
 *    checks `npm pack --dry-run`'s file list and size.
 * 4. `npm run build` (a production dist/ whatever NODE_ENV is), then `npm pack` into release/.
 * 5. The consumer suite against that very tarball.
 * 6. Commits "Release x.y.z" and tags vx.y.z. With --dry-run: puts the three files back instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { nextVersion, releaseChangelog } from './changelog.js';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const skipTests = args.includes('--skip-tests');
const bump = args.find((arg) => !arg.startsWith('--'));

function sh(command: string, commandArgs: string[], env: Record<string, string> = {}): string {
  console.log(`\n$ ${[command, ...commandArgs].join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status ?? result.signal})`);
  return result.stdout;
}
const git = (...gitArgs: string[]) => spawnSync('git', gitArgs, { cwd: repo, encoding: 'utf8' }).stdout.trim();

async function main(): Promise<void> {
  if (!bump) throw new Error('usage: npm run release -- <patch|minor|major|x.y.z> [--dry-run] [--skip-tests]');
  if (git('status', '--porcelain')) throw new Error('the working tree has changes: commit or stash them first');

  const manifest = JSON.parse(await readFile(resolve(repo, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
  const version = nextVersion(manifest.version, bump);
  const tag = `v${version}`;
  if (git('tag', '--list', tag)) throw new Error(`${tag} exists already`);
  const repoUrl = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  const date = new Date().toISOString().slice(0, 10);
  console.log(`release ${manifest.version} → ${version}${dryRun ? ' (dry run)' : ''}`);

  const changelogPath = resolve(repo, 'CHANGELOG.md');
  await writeFile(changelogPath, releaseChangelog(await readFile(changelogPath, 'utf8'), version, date, repoUrl));
  let released = false;
  try {
    // The first release keeps package.json's version: allowed, as long as its tag does not exist.
    sh('npm', ['version', version, '--no-git-tag-version', '--allow-same-version']);
    if (!skipTests) sh('npm', ['test']);

    await mkdir(resolve(repo, 'release'), { recursive: true });
    // The build prepack would run, on its own, so that pack's output is only its JSON.
    sh('npm', ['run', 'build']);
    const packed = JSON.parse(sh('npm', ['pack', '--ignore-scripts', '--pack-destination', 'release', '--json'])) as Array<{
      filename: string;
      size: number;
      unpackedSize: number;
    }>;
    const tarball = resolve(repo, 'release', packed[0]!.filename);
    console.log(`packed ${tarball}: ${(packed[0]!.size / 1024).toFixed(1)} KB, ${(packed[0]!.unpackedSize / 1024).toFixed(1)} KB unpacked`);

    sh('npm', ['run', 'test:consumers'], { CONSUMER_TARBALL: tarball });

    if (dryRun) {
      console.log(`\ndry run: ${tarball} passed; package.json, package-lock.json and CHANGELOG.md put back.`);
      return;
    }
    sh('git', ['commit', '--quiet', '-m', `Release ${version}`, '--', 'package.json', 'package-lock.json', 'CHANGELOG.md']);
    sh('git', ['tag', '--annotate', tag, '--message', `riffyn-login-kit ${version}`]);
    released = true;
    console.log(`
Released ${version} locally: commit and tag ${tag}, tarball ${tarball}.
Publishing is yours (CONTRIBUTING.md, "Releasing"):
  git push --follow-tags
  then, from CI with an npm token and id-token permission (provenance):
  npm publish ${`release/${packed[0]!.filename}`} --provenance`);
  } finally {
    if (!released) sh('git', ['checkout', '--', 'package.json', 'package-lock.json', 'CHANGELOG.md']);
  }
}

main().catch((error: unknown) => {
  process.exitCode = 1;
  console.error(`\nrelease: ${error instanceof Error ? error.message : String(error)}`);
});
