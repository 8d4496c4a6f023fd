import { readFile, writeFile } from 'node:fs/promises';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { SsrApp } from './pages/ssr-app.js';

/**
 * What Next.js does for the page: the drop-in rendered to HTML on the server, put into the built
 * ssr.html's #root, so the form shows before any script has run; ssr.tsx then hydrates it.
 */
export async function prerender(htmlFile: string): Promise<void> {
  const html = await readFile(htmlFile, 'utf8');
  const empty = '<div id="root"></div>';
  if (!html.includes(empty)) throw new Error(`${htmlFile}: no empty #root to fill`);
  await writeFile(htmlFile, html.replace(empty, `<div id="root">${renderToString(createElement(SsrApp))}</div>`));
}
