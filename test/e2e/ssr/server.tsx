import { renderToString } from 'react-dom/server';
import { App } from './app.js';

export const render = (baseUrl: string, view: string) => renderToString(<App baseUrl={baseUrl} view={view} />);
