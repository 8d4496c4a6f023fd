import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const root = document.getElementById('root')!;
hydrateRoot(root, <App baseUrl={root.dataset.api!} view={root.dataset.view!} />);
