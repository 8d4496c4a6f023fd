import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';
import type { BundleResult } from './bundle.js';

/**
 * Where a bundle's gzip bytes are, so the next cut starts from data: what each module adds to
 * the whole (leave-one-out, so shared context counts once), and what each kind of string costs
 * across all of it. Every number is "gzip bytes saved if this went", an estimate: removals
 * interact, so they do not add up exactly.
 */
export interface Anatomy {
  bundle: string;
  gzip: number;
  modules: Array<{ module: string; min: number; gzipAlone: number; gzipSaved: number }>;
  kinds: Array<{ kind: string; count: number; chars: number; gzipSaved: number; examples: string[] }>;
  /** The same string (8+ chars) in two or more of the kit's modules: a candidate for one shared constant. */
  repeated: Array<{ text: string; modules: string[] }>;
}

interface Piece {
  start: number;
  end: number;
  text: string;
  /** An object key or a JSX attribute name (`"data-state":`), not a value. */
  key: boolean;
}

/** Every string in the code: literals, template parts, property keys. */
function strings(code: string): Piece[] {
  const pieces: Piece[] = [];
  const visit = (node: unknown, key = false): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child));
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; value?: unknown; start: number; end: number; [k: string]: unknown };
    if (n.type === 'Literal' && typeof n.value === 'string') {
      pieces.push({ start: n.start + 1, end: n.end - 1, text: n.value, key });
      return;
    }
    if (n.type === 'TemplateElement') {
      const raw = (n.value as { raw: string }).raw;
      pieces.push({ start: n.start, end: n.start + raw.length, text: raw, key: false });
      return;
    }
    for (const [field, child] of Object.entries(n)) {
      if (field === 'type' || field === 'start' || field === 'end') continue;
      visit(child, n.type === 'Property' && field === 'key');
    }
  };
  visit(parseAst(code));
  return pieces;
}

/** The kind of a string, by what it looks like. */
function kindOf(piece: Piece): string {
  const t = piece.text;
  if (piece.key && /^(aria-|data-|on[A-Z]|role$|htmlFor$|autoComplete$|inputMode$)/.test(t)) return 'attribute names (aria-*, data-*, …)';
  if (piece.key) return 'other object keys (quoted)';
  if (/^M[\d\s.,-]/.test(t) || /^[\d\s.,-]+$/.test(t) && t.length > 6) return 'SVG geometry';
  if (/^--rlk-|^rlk\b/.test(t)) return 'CSS class / custom property names';
  if (/[a-z]\s+[a-z]|[.!?…]$/i.test(t) && /[A-Z]|\s/.test(t)) return 'messages (user-visible text, dev errors)';
  if (/^[a-z][a-zA-Z0-9]*(-[a-z0-9]+)+$/.test(t)) return 'kebab-case tokens (slots, states, error kinds)';
  if (/^[A-Z][A-Z0-9_]+$/.test(t)) return 'UPPER_CASE tokens (events, server statuses)';
  if (/^[a-z][a-zA-Z0-9]*$/.test(t)) return 'camelCase tokens (statuses, slots, field names)';
  return 'other strings';
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** `code` with every piece's text removed (the quotes stay, so it still reads as code). */
function without(code: string, pieces: Piece[]): string {
  let out = '';
  let at = 0;
  for (const p of [...pieces].sort((a, b) => a.start - b.start)) {
    out += code.slice(at, p.start);
    at = p.end;
  }
  return out + code.slice(at);
}

export function anatomy(result: BundleResult): Anatomy {
  const full = gz(result.code);
  const modules = result.modules.map((m) => ({ module: m.module, min: m.min, gzipAlone: m.gzip }));
  const codes = modules.map((m) => result.moduleCode.get(m.module) ?? '');
  const together = gz(codes.join('\n'));
  const byModule = modules
    .map((m, i) => ({ ...m, gzipSaved: together - gz(codes.filter((_, j) => j !== i).join('\n')) }))
    .sort((a, b) => b.gzipSaved - a.gzipSaved);

  const pieces = strings(result.code);
  const groups = new Map<string, Piece[]>();
  for (const p of pieces) {
    if (!p.text) continue;
    const kind = kindOf(p);
    groups.set(kind, [...(groups.get(kind) ?? []), p]);
  }
  const kinds = [...groups]
    .map(([kind, list]) => ({
      kind,
      count: list.length,
      chars: list.reduce((sum, p) => sum + p.text.length, 0),
      gzipSaved: full - gz(without(result.code, list)),
      examples: [...new Set(list.map((p) => p.text))].sort((a, b) => b.length - a.length).slice(0, 4),
    }))
    .sort((a, b) => b.gzipSaved - a.gzipSaved);

  const seen = new Map<string, Set<string>>();
  for (const [module, code] of result.moduleCode) {
    if (!module.startsWith('riffyn-login-kit/')) continue; // the kit's own modules, from the tarball
    let found: Piece[] = [];
    try {
      found = strings(code);
    } catch {
      continue; // a fragment that does not parse alone
    }
    for (const p of found) {
      if (p.text.length < 8) continue;
      seen.set(p.text, (seen.get(p.text) ?? new Set()).add(module));
    }
  }
  const repeated = [...seen]
    .filter(([, mods]) => mods.size > 1)
    .map(([text, mods]) => ({ text, modules: [...mods].sort() }))
    .sort((a, b) => b.text.length * b.modules.length - a.text.length * a.modules.length)
    .slice(0, 20);

  return { bundle: result.name, gzip: full, modules: byModule, kinds, repeated };
}

export function renderAnatomy(a: Anatomy): string {
  const out = [
    `### Where the bytes are: ${a.bundle} (${a.gzip} B gzip)`,
    '',
    'Each number is the gzip bytes the bundle would lose without it (estimates; removals interact).',
    '',
    '| module | minified alone | gzip alone | gzip saved without it |',
    '|---|---:|---:|---:|',
    ...a.modules.map((m) => `| ${m.module} | ${m.min} | ${m.gzipAlone} | ${m.gzipSaved} |`),
    '',
    '| kind of string | count | chars | gzip saved without them | longest |',
    '|---|---:|---:|---:|---|',
    ...a.kinds.map(
      (k) => `| ${k.kind} | ${k.count} | ${k.chars} | ${k.gzipSaved} | ${k.examples.map((e) => `\`${e.slice(0, 40).replace(/\|/g, '\\|')}\``).join(', ')} |`,
    ),
    '',
  ];
  if (a.repeated.length) {
    out.push('Strings repeated across modules:', '');
    for (const r of a.repeated) out.push(`- \`${r.text.slice(0, 60)}\` in ${r.modules.join(', ')}`);
    out.push('');
  }
  return out.join('\n');
}
