// Render-speed page: the kit's drop-in flow as an app ships it, with the default stylesheet.
import { createRoot } from 'react-dom/client';
import { AuthFlow, AuthProvider, createRiffynClient } from '../../src/index.js';
import '../../src/theme/styles.css';

// baseUrl '': no request is made before the form shows.
const client = createRiffynClient({ baseUrl: '' });

createRoot(document.getElementById('root')!).render(
  <AuthProvider client={client}>
    <AuthFlow />
  </AuthProvider>,
);
