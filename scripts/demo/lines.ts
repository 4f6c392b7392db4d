import { Readable } from 'node:stream';

/** Calls `onLine` for each complete line of a stream (and the unterminated rest at its end). */
export function onLines(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  stream.setEncoding('utf8');
  let buffered = '';
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      onLine(buffered.slice(0, newline).replace(/\r$/, ''));
      buffered = buffered.slice(newline + 1);
    }
  });
  stream.on('end', () => {
    if (buffered) onLine(buffered);
    buffered = '';
  });
}

/** The last `size` lines seen, to show with an error. */
export class LineTail {
  private readonly lines: string[] = [];

  constructor(private readonly size = 40) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.size) this.lines.shift();
  }

  toString(indent = '    '): string {
    return this.lines.map((l) => indent + l).join('\n');
  }
}

/** A connection string with its password replaced, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
