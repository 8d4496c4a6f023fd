// Server-rendered page: hydrates the markup bench/ssr.ts put in #root, and marks when it is live.
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import '../../src/theme/styles.css';
import { SsrApp } from './ssr-app.js';

function Hydrated() {
  useEffect(() => {
    window.__hydrated = performance.now();
  }, []);
  return null;
}

hydrateRoot(
  document.getElementById('root')!,
  <SsrApp>
    <Hydrated />
  </SsrApp>,
);
