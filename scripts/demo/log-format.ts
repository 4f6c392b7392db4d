const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

interface PinoRecord {
  level?: number;
  msg?: string;
  context?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { type?: string; message?: string; stack?: string } | string;
}

/**
 * One log line of the api or worker, shortened for a terminal: pino's JSON becomes
 * "LEVEL [context] message", request lines "METHOD url status time"; anything else is kept.
 */
export function formatLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let record: PinoRecord;
  try {
    record = JSON.parse(line) as PinoRecord;
  } catch {
    return line;
  }
  if (typeof record !== 'object' || record === null || (record.msg === undefined && record.level === undefined)) return line;
  const parts = [(LEVELS[record.level ?? 30] ?? String(record.level)).padEnd(5)];
  if (record.context) parts.push(`[${record.context}]`);
  if (record.req?.method && record.res?.statusCode) {
    parts.push(`${record.req.method} ${record.req.url} ${record.res.statusCode} ${record.responseTime ?? '?'} ms`);
  } else if (record.msg !== undefined) {
    parts.push(record.msg);
  }
  if (record.err) parts.push(`\n${errorText(record.err)}`);
  return parts.join(' ');
}

/** pino's serialized Error (its stack starts with the message); a bare string from older lines. */
function errorText(err: NonNullable<PinoRecord['err']>): string {
  if (typeof err !== 'object') return String(err);
  if (err.stack) return err.stack.includes(err.message ?? '') ? err.stack : `${err.message}\n${err.stack}`;
  return err.message ?? JSON.stringify(err);
}
