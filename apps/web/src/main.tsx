import { render } from 'preact';
import './styles.css';
import { App } from './app';
import { interceptLinks } from './router/navigation';

const root = document.getElementById('app')!;
interceptLinks(document.body);
render(<App />, root);

// The shell for offline starts (pwa/service-worker.js); not in `vite dev`, where files change.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
