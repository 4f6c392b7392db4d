import { render } from 'preact';
import './charts/chart-setup';
import './styles.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);
