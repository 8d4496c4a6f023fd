import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { benchDir, entriesDir, outDir, repoDir } from './paths.js';

/**
 * The kit as its users get it: `npm pack` (whose prepack builds dist/), the tarball unpacked into
 * `node_modules/riffyn-login-kit` of a consumer folder, and the bench's entries copied beside it,
 * where `import … from 'riffyn-login-kit'` resolves to the tarball's exports map as in an app.
 *
 * The folder sits inside the repo whatever BENCH_OUT says, so the tarball's peers (react,
 * react-hook-form, react-query) resolve from the repo's node_modules when a row bundles them;
 * named per out dir, so two runs at once do not overwrite each other's copy.
 */
export const consumerDir = resolve(benchDir, 'out', `consumer-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}`);
export const consumerEntriesDir = resolve(consumerDir, 'entries');
export const installedKitDir = resolve(consumerDir, 'node_modules', 'riffyn-login-kit');

const run = (cmd: string, args: string[], cwd: string) =>
  new Promise<string>((done, fail) =>
    execFile(cmd, args, { cwd, timeout: 5 * 60_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      error ? fail(new Error(`${cmd} ${args.join(' ')}: ${(stderr || stdout).slice(-800) || error.message}`)) : done(stdout),
    ),
  );

export interface InstalledKit {
  tarball: string;
  /** Files in the tarball (for the report). */
  files: number;
}

/** Packs the kit (or takes BENCH_TARBALL, e.g. the release script's) and installs it as an app would. */
export async function installPackedKit(log: (line: string) => void): Promise<InstalledKit> {
  await rm(consumerDir, { recursive: true, force: true });
  await mkdir(installedKitDir, { recursive: true });
  let tarball = process.env.BENCH_TARBALL && resolve(process.env.BENCH_TARBALL);
  if (!tarball) {
    log('  npm pack (builds dist/)…');
    const out = await run('npm', ['pack', '--json', '--pack-destination', consumerDir], repoDir);
    // The JSON comes last, after prepack's build output.
    const [packed] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1)) as Array<{ filename: string }>;
    if (!packed) throw new Error(`npm pack printed no file name:\n${out.slice(-500)}`);
    tarball = resolve(consumerDir, basename(packed.filename));
  }
  await run('tar', ['-xzf', tarball, '-C', installedKitDir, '--strip-components=1'], consumerDir);
  // The folder is an app of its own: without its package.json, `riffyn-login-kit` would resolve
  // to the repo itself (a package may import its own name), and esbuild would apply the repo's
  // tsconfig `paths`, which point at src/.
  await writeFile(resolve(consumerDir, 'package.json'), `${JSON.stringify({ name: 'riffyn-login-kit-bench-consumer', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(resolve(consumerDir, 'tsconfig.json'), '{}\n');
  await cp(entriesDir, consumerEntriesDir, { recursive: true });
  const files = (await readdir(installedKitDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).length;
  return { tarball, files };
}
