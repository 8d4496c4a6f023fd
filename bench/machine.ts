import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, type } from 'node:os';
import { chromiumPath } from '../test/setup/chromium.js';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: other work on the machine skews render speed. */
  loadAverage: number;
}

async function distro(): Promise<string | null> {
  try {
    const text = await readFile('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** `chromium --version`, bounded: the bench must not hang on a wrapper script. */
export function chromiumVersion(): Promise<string> {
  return new Promise((done) => {
    execFile(chromiumPath, ['--version'], { timeout: 15_000 }, (error, stdout) => {
      done(error ? `unknown (${chromiumPath}: ${error.message.split('\n')[0]})` : stdout.trim());
    });
  });
}

export async function describeMachine(): Promise<Machine> {
  const [name, chromium] = await Promise.all([distro(), chromiumVersion()]);
  return {
    os: `${type()} ${release()}${name ? ` (${name})` : ''}`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    node: process.version,
    chromium,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
