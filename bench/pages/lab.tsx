// Memory, latency and profile page: the drop-in, mounted and unmounted on demand. The client
// looks fetch up at call time, so the bench's stub (an init script) answers it.
import { createRoot, type Root } from 'react-dom/client';
import { AuthFlow, AuthProvider, createRiffynClient } from '../../src/index.js';
import '../../src/theme/styles.css';

const client = createRiffynClient({ baseUrl: '' });
const host = document.getElementById('root')!;
let root: Root | null = null;

window.__mount = () => {
  root = createRoot(host);
  root.render(
    <AuthProvider client={client}>
      <AuthFlow />
    </AuthProvider>,
  );
};
window.__unmount = () => {
  root?.unmount();
  root = null;
};
window.__mount();
