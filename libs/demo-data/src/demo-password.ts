/**
 * The one password of every demo account. Documented in the README and printed by `npm run demo`;
 * demo accounts exist only on demo databases, never on a real deployment.
 */
export const DEMO_PASSWORD = 'jalin-demo-2026';
