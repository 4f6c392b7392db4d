import 'reflect-metadata';
import { runDemo } from './demo/run-demo';

/** `npm run demo`: see scripts/demo/run-demo.ts. */
void runDemo();
