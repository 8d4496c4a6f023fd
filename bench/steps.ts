import type { Results } from './results.js';

/** Runs one part of a bench run; a part that throws is recorded (and fails the run), the rest go on. */
export async function step<T>(results: Results, name: string, work: () => Promise<T>, log: (line: string) => void): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  ${name} failed: ${message}`);
    results.errors.push({ step: name, message });
    return undefined;
  }
}

/** A hung step must not hold CI: the whole run is bounded too (each browser step has its own limit). */
export function watchdog(minutes: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    console.error('bench: still running after its time limit, giving up');
    process.exit(2);
  }, minutes * 60_000);
  timer.unref();
  return timer;
}

/** Runs a bench's main, sets the exit code from it (1 on a crash) and lets the watchdog go. */
export function runMain(main: () => Promise<number>, timer: NodeJS.Timeout): void {
  main().then(
    (code) => {
      process.exitCode = code;
      clearTimeout(timer);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
