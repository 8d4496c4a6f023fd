// Re-render page: <LoginForm> alone under a Profiler; onSubmit does nothing.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { LoginForm } from '../../src/index.js';
import '../../src/theme/styles.css';
import { onRender } from './commits.js';

createRoot(document.getElementById('root')!).render(
  <Profiler id="LoginForm" onRender={onRender}>
    <LoginForm onSubmit={() => {}} />
  </Profiler>,
);
