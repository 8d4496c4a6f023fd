// Render-speed page: the plain useState form, built the same way.
import { createRoot } from 'react-dom/client';
import { PlainLoginForm } from './plain-form.js';

createRoot(document.getElementById('root')!).render(<PlainLoginForm />);
