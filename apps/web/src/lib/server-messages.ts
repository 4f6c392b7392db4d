/**
 * The API writes its BAD_USER_INPUT issue messages in English. For a reader in Bahasa Indonesia the
 * common ones are translated here, word for word, keeping the server's numbers: the rule stays the
 * server's, only the language changes. An unknown message is shown as the server wrote it.
 */
const INDONESIAN: readonly [RegExp, string][] = [
  [/^must be at least ([\d.,]+) characters$/, 'minimal $1 karakter'],
  [/^must be at most ([\d.,]+) characters$/, 'maksimal $1 karakter'],
  [/^must not be empty$/, 'wajib diisi'],
  [/^must be a valid e-mail address$/, 'harus alamat email yang benar'],
  [/^must be a whole number from 1 to (.+)$/, 'harus bilangan bulat dari 1 sampai $1'],
  [/^must be from Rp 1 to (.+)$/, 'harus dari Rp 1 sampai $1'],
  [/^must be at most (.+)$/, 'paling banyak $1'],
  [/^may list at most (\d+) entries$/, 'paling banyak $1 pilihan'],
  [/^is required with the WEBHOOK channel$/, 'wajib diisi bila kanal webhook dipilih'],
  [/^must be "id" or "en"$/, 'harus "id" atau "en"'],
];

export function localizeServerMessage(message: string, lang: string): string {
  if (lang !== 'id') return message;
  for (const [pattern, text] of INDONESIAN) if (pattern.test(message)) return message.replace(pattern, text);
  return message;
}
