import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeIssue } from './issue-messages';
import { requestLanguageOf } from './request-language';

const LIBS = join(__dirname, '..', '..', '..', '..', 'libs');

/** The static issue messages the libraries write (`message: '…'` in files that raise input issues). */
function staticIssueMessages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'config' && dir === LIBS ? [] : staticIssueMessages(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    const source = readFileSync(path, 'utf8');
    if (!/InputIssue|InputValidationException|class-validator/.test(source)) return [];
    return [...source.matchAll(/message: '([^']+)'/g)].map((m) => m[1]);
  });
}

describe('BAD_USER_INPUT issue messages', () => {
  it('describes every static issue message of the libraries, so none reaches a reader of Bahasa Indonesia in English', () => {
    const messages = [...new Set(staticIssueMessages(LIBS))];
    expect(messages.length).toBeGreaterThan(20);
    const undescribed = messages.filter((message) => describeIssue({ field: 'x', message }, 'id').code === 'INVALID_VALUE');
    expect(undescribed).toEqual([]);
  });

  it('keeps the server’s numbers and names in either language, with one code for both', () => {
    const issue = { field: 'input.quantity', value: 0, message: 'must be a whole number from 1 to 1,000,000' };
    expect(describeIssue(issue, 'id')).toEqual({ field: 'input.quantity', value: 0, code: 'OUT_OF_RANGE', message: 'harus bilangan bulat dari 1 sampai 1,000,000' });
    expect(describeIssue(issue, 'en')).toEqual({ ...issue, code: 'OUT_OF_RANGE' });
    expect(describeIssue({ field: 'input.processes[0]', message: 'Unknown process code "NOPE".' }, 'id').message).toBe('kode proses "NOPE" tidak dikenal');
  });

  it('reads the caller’s language from Accept-Language: Indonesian unless English is preferred', () => {
    expect(requestLanguageOf(undefined)).toBe('id');
    expect(requestLanguageOf('en-US,en;q=0.9')).toBe('en');
    expect(requestLanguageOf('id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(requestLanguageOf('en;q=0.5, in;q=0.8')).toBe('id');
    expect(requestLanguageOf('de, en;q=0')).toBe('id');
    expect(requestLanguageOf('*')).toBe('id');
  });
});
