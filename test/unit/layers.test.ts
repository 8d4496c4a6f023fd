// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { layers, reactFree, reactPackages, storyExtras, storyFile } from '../../scripts/layers.js';

const SRC = resolve(import.meta.dirname, '../../src');

/** Every module a file names: imports and re-exports (type-only too), `import()`, `require()`, `import('x').T`. */
function specifiers(fileName: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) found.push(first.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return found;
}

/** The layer a path under src/ belongs to: its top-level folder, or the entry file (`./core.js` is `core.ts`). */
function layerOf(pathInSrc: string): string {
  const [top = ''] = pathInSrc.split(sep);
  return top.endsWith('.js') ? top.replace(/\.js$/, '.ts') : top;
}

/** What is wrong with `file` (a path under src/) importing `specifier`, or undefined. */
function violation(file: string, specifier: string): string | undefined {
  const from = layerOf(file);
  const allowed = layers[from];
  if (!allowed) return `src/${from} has no layer: add it to scripts/layers.js`;
  const story = storyFile.test(file);
  if (!specifier.startsWith('.')) {
    const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (pkg === 'riffyn-login-kit') return 'the kit imports itself by a relative path, never by its package name';
    if (reactFree.includes(from) && reactPackages.includes(pkg ?? '')) return `${from} runs without React`;
    return undefined;
  }
  const target = relative(SRC, resolve(SRC, dirname(file), specifier));
  if (target.startsWith('..')) {
    const outside = relative(resolve(SRC, '..'), resolve(SRC, target)).split(sep)[0] ?? '';
    return story && storyExtras.outside.includes(outside) ? undefined : `src/ reaches ${outside}/ outside it`;
  }
  const to = layerOf(target);
  if (to === from || allowed.includes(to) || (story && storyExtras.src.includes(to))) return undefined;
  return `${from} may import ${[...allowed, ...(story ? storyExtras.src : [])].join(', ') || 'only itself'}, not ${to}`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the layers of src/', () => {
  it('every import, type-only ones too, follows components → react → flow → api → core', () => {
    const problems = sourceFiles(SRC).flatMap((path) => {
      const file = relative(SRC, path);
      return specifiers(path, readFileSync(path, 'utf8')).flatMap((specifier) => {
        const problem = violation(file, specifier);
        return problem ? [`src/${file}: '${specifier}': ${problem}`] : [];
      });
    });
    expect(problems).toEqual([]);
  });

  it('sees every kind of import and names what is wrong', () => {
    const check = (file: string, source: string) => specifiers(file, source).map((specifier) => violation(file, specifier));
    expect(check('core/x.ts', "import type { AuthClient } from '../api/client.js';")).toEqual(['core may import only itself, not api']);
    expect(check('api/x.ts', "export { createController } from '../flow/auth-controller.js';")).toEqual(['api may import core, not flow']);
    expect(check('flow/x.ts', "const m = await import('../react/useAuth.js');")).toEqual(['flow may import api, core, not react']);
    expect(check('flow/x.ts', "type T = import('../react/useAuth.js').UseAuthResult;")).toEqual(['flow may import api, core, not react']);
    expect(check('react/x.ts', "import { LoginForm } from '../components/LoginForm/LoginForm.js';")).toEqual([
      'react may import flow, api, core, not components',
    ]);
    expect(check('core/x.ts', "import type { ReactNode } from 'react';")).toEqual(['core runs without React']);
    expect(check('api/x.ts', "import { useQuery } from '@tanstack/react-query';")).toEqual(['api runs without React']);
    expect(check('core.ts', "export * from './react/useAuth.js';")).toEqual([
      'core.ts may import core, api, flow, i18n, server, not react',
    ]);
    expect(check('index.ts', "export * from './testing/index.js';")[0]).toMatch(/^index\.ts may import .*, not testing$/);
    expect(check('components/A/A.tsx', "import { mockRiffyn } from '../../testing/index.js';")[0]).toMatch(/not testing$/);
    expect(check('components/A/A.tsx', "import { checks } from '../../../.storybook/checks.js';")).toEqual(['src/ reaches .storybook/ outside it']);
    expect(check('components/A/A.tsx', "import { x } from 'riffyn-login-kit/core';")).toEqual([
      'the kit imports itself by a relative path, never by its package name',
    ]);
    expect(check('widgets/x.ts', "import { x } from '../core/errors.js';")).toEqual(['src/widgets has no layer: add it to scripts/layers.js']);
  });

  it('lets each layer import its own folder and those below, and a story the mock and its helpers', () => {
    const ok = [
      ['core/auth-machine.ts', './errors.js'],
      ['flow/auth-controller.ts', '../api/client.js'],
      ['components/AuthFlow/AuthFlow.tsx', '../LoginForm/LoginForm.js'],
      ['components/AuthFlow/AuthFlow.tsx', '../../react/useAuth.js'],
      ['components/shared/styling.ts', '../../theme/theme.js'],
      ['components/A/A.stories.tsx', '../../testing/index.js'],
      ['components/A/A.stories.tsx', '../../locales/de.js'],
      ['components/A/A.stories.tsx', '../../../.storybook/checks.js'],
      ['components/A/A.stories.tsx', '../../../demo/logo.js'],
      ['index.ts', './core.js'],
      ['react/useAuth.ts', 'react'],
      ['testing/msw.ts', 'msw'],
    ] as const;
    expect(ok.map(([file, specifier]) => violation(file, specifier))).toEqual(ok.map(() => undefined));
  });
});
