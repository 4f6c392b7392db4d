import { render } from 'preact';
import './styles.css';
import { App } from './app';
import { interceptLinks } from './router/navigation';

const root = document.getElementById('app')!;
interceptLinks(document.body);
render(<App />, root);
