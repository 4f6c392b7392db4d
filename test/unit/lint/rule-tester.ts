import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';

export const ROOT = path.join(__dirname, '..', '..', '..');

/** A file path inside the repository (the rules decide by where a file lives). */
export const at = (relative: string): string => path.join(ROOT, relative);

/** RuleTester parsing TypeScript; it reports through Jest's describe/it. */
export const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
