import { comparisons } from './budgets.js';
import { kb } from './compress.js';
import type { Results, WeightRowSummary } from './results.js';
import { depsLabel, weightTargets } from './weight.js';

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A budget as written in budgets.ts: "7 KB", "2.5 KB". */
const budgetKb = (bytes: number) => kb(bytes, Number.isInteger(bytes / 1024) ? 0 : 1);

function budgetCell(results: Results, id: string): string {
  const verdict = results.budgets.find((b) => b.id === id);
  if (!verdict) return 'reported only';
  const limit = `≤ ${budgetKb(verdict.maxGzip)}${verdict.part === 'initial' ? ' first load' : ''}`;
  return verdict.ok ? `${limit} ✓` : `${limit} ✗ (+${kb(verdict.gzip - verdict.maxGzip)}${verdict.guarded ? ', within its guard' : ''})`;
}

/** The run as markdown: tables to paste into the README, then one verdict line per budget. */
export function renderReport(results: Results): string {
  const out: string[] = [];
  const { machine } = results;
  out.push(`## riffyn-login-kit bench — ${results.date}`, '');
  out.push(
    `Machine: ${machine.os}; ${machine.cpu} × ${machine.cores}; Node ${machine.node}; ${machine.chromium}; load average ${machine.loadAverage} at start.`,
    '',
    `Sizes: ${results.units.minifier}; ${results.units.compression}; 1 KB = 1024 bytes. ` +
      (results.mode === 'weight' ? 'react, react-dom, react-hook-form and @tanstack/react-query external unless the row says otherwise.' : ''),
    '',
  );

  if (results.weight) {
    const { rows, css } = results.weight;
    const byId = new Map(rows.map((r) => [r.id, r]));
    out.push(
      '### Weight (from the packed tarball)',
      '',
      `\`npm pack\`, installed as an app installs it (${results.weight.files} files), each row bundled by Vite and by esbuild (as an app builds: every \`import()\` its own chunk); a budget holds the larger gzip. *First load* is what the page fetches before its first input: the entry and its static imports, without the steps loaded on demand once a sign-in is on its way; a budget marked *first load* holds that.`,
      '',
      '| Bundle | Vite min | Vite gzip | esbuild min | esbuild gzip | brotli (larger) | First load gzip (larger) | Budget (gzip) |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
    );
    const row = (label: string, r: WeightRowSummary) => {
      const larger = r.vite.gzip >= r.esbuild.gzip ? r.vite : r.esbuild;
      const initial = r.initialGzip < r.gzip ? kb(r.initialGzip) : 'all';
      out.push(
        `| ${label} | ${kb(r.vite.min)} | ${kb(r.vite.gzip)} | ${kb(r.esbuild.min)} | ${kb(r.esbuild.gzip)} | ${kb(larger.brotli)} | ${initial} | ${budgetCell(results, r.id)} |`,
      );
    };
    for (const target of weightTargets) {
      const r = byId.get(target.id);
      if (r) row(target.label, r);
      // The stylesheet closes the budgeted rows.
      if (target.id === 'login-page') {
        out.push(`| \`styles.css\` as shipped | ${kb(css.min)} | ${kb(css.gzip)} | | | ${kb(css.brotli)} | | ${budgetCell(results, 'styles')} |`);
        const deps = byId.get('deps');
        if (deps) row(depsLabel, deps);
      }
    }
    out.push('| *For scale — measured elsewhere the same way:* | | | | | | | |');
    for (const c of comparisons) out.push(`| ${c.name} | | ${c.gzip} | | | | | |`);
    out.push('');
  }

  if (results.treeShaking) {
    const t = results.treeShaking;
    out.push(
      '### Tree-shaking',
      '',
      t.ok
        ? `\`import { useAuth }\` alone from the tarball (Vite and esbuild): ${kb(t.gzip)} gzip, imports ${t.imports.join(', ')}; no component code, no react-hook-form, no CSS; the headless sign-in has none of the calls made after it, and neither it nor the login page has the proxy handler ✓`
        : `Tree-shaking: ✗ ${t.problems.join('; ')}`,
      '',
    );
  }

  if (results.renderSpeed && results.pages) {
    const r = results.renderSpeed;
    const pages = results.pages;
    out.push(
      `### Render speed (Chromium, navigation start → first visible input; ${r.kit.runs} cold runs each, alternating, fresh context per run)`,
      '',
      '| Page (vite production build, react bundled) | Median | Min | Max | Input in DOM (median) | FCP (median) | JS + CSS (minified) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      `| Kit: \`<AuthProvider><AuthFlow/></AuthProvider>\` + styles.css | ${ms(r.kit.medianVisible)} | ${ms(r.kit.minVisible)} | ${ms(r.kit.maxVisible)} | ${ms(r.kit.medianInDom)} | ${ms(r.kit.medianFcp)} | ${kb(pages.kit?.bytes ?? 0, 1)} |`,
      `| Plain useState form | ${ms(r.plain.medianVisible)} | ${ms(r.plain.minVisible)} | ${ms(r.plain.maxVisible)} | ${ms(r.plain.medianInDom)} | ${ms(r.plain.medianFcp)} | ${kb(pages.plain?.bytes ?? 0, 1)} |`,
      `| Kit, server-rendered (\`renderToString\`, then \`hydrateRoot\`); hydrated at ${ms(r.ssr.medianHydrated ?? 0)} | ${ms(r.ssr.medianVisible)} | ${ms(r.ssr.minVisible)} | ${ms(r.ssr.maxVisible)} | ${ms(r.ssr.medianInDom)} | ${ms(r.ssr.medianFcp)} | ${kb(pages.ssr?.bytes ?? 0, 1)} |`,
      '',
      `Server-rendered / client-rendered kit (first visible input, medians): **${r.ssrRatio.toFixed(2)}×**.`,
      '',
      `Ratio kit / plain (medians): **${r.ratio.toFixed(2)}×** (target ≤ ${r.target}×, reported, not enforced; ratio of the fastest runs ${r.ratioOfMinimums.toFixed(2)}×).`,
      '',
    );
  }

  if (results.rerenders) {
    const { typing, mfa } = results.rerenders;
    out.push(
      '### Re-renders (React `<Profiler>`, react-dom profiling build)',
      '',
      '| What | Commits | Target |',
      '|---|---:|---|',
      `| \`<LoginForm>\` while typing a 20-char username, Tab, a 20-char password (real keyboard events) | ${typing.commits} (username ${typing.usernameCommits}, Tab ${typing.tabCommits}, password ${typing.passwordCommits}) | < ${typing.keystrokes} keystrokes ${typing.ok ? '✓' : '✗'} |`,
      `| \`<AuthFlow>\`: click "Sign in" → MFA step shown (fetch stub answers MFA_REQUIRED) | ${mfa.commitsUntilShown} (+${mfa.commitsAfterShownWithin500ms} in the next 500 ms) | reported |`,
      '',
    );
  }

  if (results.interaction) {
    const { kit, plain, runs } = results.interaction;
    const lat = (l: { median: number; max: number; samples: number }) => `${ms(l.median)} (max ${ms(l.max)}, n=${l.samples})`;
    out.push(
      `### Interaction latency (Chromium, input event → next frame; ${runs} page loads each, alternating; fetch stubbed in the page)`,
      '',
      '| Interaction | Kit | Plain useState form |',
      '|---|---:|---:|',
      `| Keystroke in the username field | ${lat(kit.usernameKey)} | ${lat(plain.usernameKey)} |`,
      `| "Sign in" click → busy state painted | ${lat(kit.signInToBusy)} | ${lat(plain.signInToBusy)} |`,
      `| MFA_REQUIRED answer handed over → code field painted | ${lat(kit.answerToMfaStep)} | (no MFA) |`,
      `| Keystroke in the code field | ${lat(kit.codeKey)} | (no MFA) |`,
      '',
    );
  }

  if (results.peers) {
    const { rows, runs } = results.peers;
    const label: Record<string, string> = {
      kit: 'This kit: `<AuthProvider><AuthFlow/></AuthProvider>` + styles.css',
      plain: 'Plain useState form (the floor)',
      supabase: 'Supabase Auth UI + supabase-js (sign-in view, ThemeSupa)',
      amplify: "Amplify's Authenticator + aws-amplify (sign-in, default styles.css)",
    };
    const kitRow = rows.find((r) => r.name === 'kit');
    out.push(
      `### Side by side (vite production builds, react bundled; first visible input, ${runs} cold runs each in rotation)`,
      '',
      '| Page | JS + CSS gzip | First input (median) | Fastest | × plain form | × this kit |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${label[r.name] ?? r.name} | ${kb(r.gzip, 1)} | ${ms(r.medianVisible)} | ${ms(r.minVisible)} | ${r.vsPlain.toFixed(2)}× | ${r.vsKit.toFixed(2)}× |`,
      ),
      '',
      kitRow ? `Weight against the kit's page: ${rows.filter((r) => r.name !== 'kit').map((r) => `${r.name} ${(r.gzip / kitRow.gzip).toFixed(2)}×`).join(', ')}.` : '',
      '',
    );
  }

  if (results.memory) {
    const m = results.memory;
    const row = (label: string, p: typeof m.afterMount) =>
      `| ${label} | ${p.jsHeapUsedKb.toFixed(0)} KB | ${p.nodes} | ${p.jsEventListeners} | ${p.pendingTimers} | ${p.detachedNodes ?? 'n/a'} |`;
    out.push(
      '### Memory (Chromium DevTools protocol, after garbage collection; the drop-in on lab.html)',
      '',
      '| When | JS heap used | DOM nodes | JS event listeners | timers pending | detached nodes |',
      '|---|---:|---:|---:|---:|---:|',
      row('After mount', m.afterMount),
      row('After a full MFA flow (sign in, code, key shown)', m.afterMfaFlow),
      row('After 1 mount/unmount cycle', m.cyclesBefore),
      row(`After ${m.cycles} more cycles`, m.cyclesAfter),
      '',
    );
  }

  if (results.profile) {
    const p = results.profile;
    out.push(
      `### CPU profile of the first render (navigation → first visible input + 100 ms, ${p.totalMs.toFixed(0)} ms sampled; self time by module via the source map)`,
      '',
      `The kit's own code: **${p.kitSelfMs.toFixed(1)} ms** self time. Profile: \`${p.file}\` (open in Chromium's DevTools).`,
      '',
      '| Module | Self time |',
      '|---|---:|',
      ...p.byModule.filter((m) => m.kit).map((m) => `| ${m.module} | ${ms(m.selfMs)} |`),
      ...p.byModule.filter((m) => !m.kit).slice(0, 8).map((m) => `| *${m.module}* | ${ms(m.selfMs)} |`),
      '',
    );
  }

  out.push('### Verdicts', '');
  for (const b of results.budgets) {
    const both = b.byBundler ? ` (Vite ${kb(b.byBundler.vite)}, esbuild ${kb(b.byBundler.esbuild)})` : '';
    const what = b.part === 'initial' ? ' first load' : '';
    const head = `${b.ok ? 'PASS' : b.guarded ? 'NOT MET (no larger than when last measured)' : 'FAIL'} ${b.label}: ${kb(b.gzip)} gzip${what}${both} ${b.ok ? '≤' : '>'} ${budgetKb(b.maxGzip)} budget`;
    if (b.ok) {
      out.push(`- ${head} (${kb(b.maxGzip - b.gzip)} to spare)`);
    } else {
      const heavy = b.heaviest.map((m) => `${m.module} ${kb(m.min, 1)} min / ${kb(m.gzip, 1)} gz`).join(', ');
      out.push(`- ${head} — over by ${kb(b.gzip - b.maxGzip)}${heavy ? `; heaviest parts (each minified + gzipped alone): ${heavy}` : ''}`);
    }
  }
  if (results.treeShaking) {
    out.push(
      results.treeShaking.ok
        ? '- PASS tree-shaking (tarball, Vite and esbuild): useAuth alone pulls in no component code, react-hook-form or CSS, the headless sign-in no call made after it, and neither it nor the login page the proxy handler'
        : `- FAIL tree-shaking: ${results.treeShaking.problems.join('; ')}`,
    );
  }
  if (results.rerenders) {
    const t = results.rerenders.typing;
    out.push(`- ${t.ok ? 'PASS' : 'FAIL'} re-renders while typing: ${t.commits} LoginForm commits for ${t.keystrokes} keystrokes (must be fewer)`);
  }
  if (results.memory) {
    const m = results.memory;
    out.push(
      `- ${m.ok ? 'PASS' : 'FAIL'} memory: ${m.cycles} mount/unmount cycles, nodes ${m.cyclesBefore.nodes}→${m.cyclesAfter.nodes}, listeners ${m.cyclesBefore.jsEventListeners}→${m.cyclesAfter.jsEventListeners}, timers ${m.cyclesBefore.pendingTimers}→${m.cyclesAfter.pendingTimers}, detached nodes ${m.cyclesBefore.detachedNodes ?? 'n/a'}→${m.cyclesAfter.detachedNodes ?? 'n/a'} (must not grow)`,
    );
  }
  if (results.renderSpeed) {
    const r = results.renderSpeed;
    out.push(`- ${r.withinTarget ? 'OK' : 'NOTE'} render speed: kit/plain ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×, not enforced)`);
  }
  for (const e of results.errors) out.push(`- FAIL ${e.step}: ${e.message}`);
  const verdict = results.ok ? 'All checks pass' : 'Some checks FAIL';
  out.push('', `${verdict} (${(results.durationMs / 1000).toFixed(1)} s).`);
  return out.join('\n');
}
