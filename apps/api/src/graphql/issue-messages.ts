import { RequestLanguage } from '@jalin/authz';
import { InputIssue } from '@jalin/errors';

/** What a client receives for one refused field: a stable code and the message in its language. */
export interface ClientIssue {
  field: string;
  value?: unknown;
  code: string;
  message: string;
}

interface IssueKind {
  code: string;
  /** The modules' English message (they write English, the API's source language), with the numbers and names it carries. */
  en: RegExp;
  /** The Bahasa Indonesia message; $1, $2 are en's captures, kept as the server wrote them. */
  id: string;
}

const kind = (code: string, en: RegExp, id: string): IssueKind => ({ code, en, id });

/** For a message none of the kinds describes: the English text stays, with this code. */
const UNDESCRIBED_ISSUE = 'INVALID_VALUE';

/**
 * Every kind of BAD_USER_INPUT issue the modules raise (class-validator's own messages included),
 * first match wins. The code is the client's to branch on; the message is for people.
 */
const ISSUE_KINDS: readonly IssueKind[] = [
  kind('REQUIRED', /^must not be empty$/, 'wajib diisi'),
  kind('REQUIRED', /^is required with the WEBHOOK channel$/, 'wajib diisi bila kanal webhook dipilih'),
  kind('TOO_SHORT', /^must be at least ([\d.,]+) characters$/, 'minimal $1 karakter'),
  kind('TOO_LONG', /^must be at most ([\d.,]+) characters$/, 'maksimal $1 karakter'),
  kind('TOO_LONG', /^must be shorter than or equal to ([\d.,]+) characters$/, 'maksimal $1 karakter'),
  kind('INVALID_EMAIL', /^must be a valid e-mail address$/, 'harus alamat email yang benar'),
  kind('OUT_OF_RANGE', /^must be a whole number from 1 to the RFQ quantity \((.+)\)$/, 'harus bilangan bulat dari 1 sampai jumlah RFQ ($1)'),
  kind('OUT_OF_RANGE', /^must be a whole number from 1 to (.+)$/, 'harus bilangan bulat dari 1 sampai $1'),
  kind('OUT_OF_RANGE', /^must be from Rp 1 to (.+)$/, 'harus dari Rp 1 sampai $1'),
  kind('OUT_OF_RANGE', /^must be a whole number above zero$/, 'harus bilangan bulat lebih dari nol'),
  kind('OUT_OF_RANGE', /^must be a whole number of at least 1$/, 'harus bilangan bulat minimal 1'),
  kind('OUT_OF_RANGE', /^must be at least 1 rupiah$/, 'minimal Rp 1'),
  kind('OUT_OF_RANGE', /^must be between (\S+) and (\S+)$/, 'harus di antara $1 dan $2'),
  kind('TOO_MANY', /^may list at most (\d+) entries$/, 'paling banyak $1 pilihan'),
  kind('TOO_MANY', /^must contain no more than (\d+) elements$/, 'paling banyak $1 pilihan'),
  kind('TOO_MANY', /^must name at most (\d+) quotes$/, 'paling banyak $1 penawaran'),
  kind('TOO_MANY', /^may have at most (\d+) words$/, 'paling banyak $1 kata'),
  kind('TOO_LARGE', /^must be at most (.+)$/, 'paling banyak $1'),
  kind('TOO_LARGE', /^unit price × quantity must not exceed (.+)$/, 'harga satuan × jumlah tidak boleh melebihi $1'),
  kind('TOO_LARGE', /^the deal value \(unit price × quantity\) must not exceed (.+)$/, 'nilai kesepakatan (harga satuan × jumlah) tidak boleh melebihi $1'),
  kind('TOO_LARGE', /^the awarded quantities add up to (.+), above the RFQ quantity \((.+)\)$/, 'jumlah yang diberikan ($1) melebihi jumlah RFQ ($2)'),
  kind('TOO_LARGE', /^must not exceed the quoted quantity \((.+)\)$/, 'tidak boleh melebihi jumlah yang ditawarkan ($1)'),
  kind('NONE_CHOSEN', /^must name at least one sector$/, 'pilih minimal satu sektor'),
  kind('NONE_CHOSEN', /^must name at least one process$/, 'pilih minimal satu proses'),
  kind('NONE_CHOSEN', /^must name at least one quote$/, 'pilih minimal satu penawaran'),
  kind('NOT_ALLOWED', /^must be "id" or "en"$/, 'harus "id" atau "en"'),
  kind('NOT_ALLOWED', /^must be (\S+), (\S+) or (\S+)$/, 'harus $1, $2 atau $3'),
  kind('NOT_ALLOWED', /^must be (\S+) or (\S+)$/, 'harus $1 atau $2'),
  kind('NOT_ALLOWED', /^must be one of the following values: (.+)$/, 'harus salah satu dari: $1'),
  kind('NOT_ALLOWED', /^must be one of (.+)$/, 'harus salah satu dari $1'),
  kind('NOT_A_DATE', /^must be a date YYYY-MM-DD$/, 'harus tanggal dengan format YYYY-MM-DD'),
  kind('DATE_TOO_EARLY', /^must not be before today \(WIB\)$/, 'tidak boleh sebelum hari ini (WIB)'),
  kind('DATE_TOO_EARLY', /^must be after today \(WIB\)$/, 'harus sesudah hari ini (WIB)'),
  kind('DATE_TOO_EARLY', /^must be in the future$/, 'harus di masa depan'),
  kind('DATE_TOO_LATE', /^must not be after neededBy$/, 'tidak boleh sesudah tanggal barang dibutuhkan'),
  kind('DATE_TOO_LATE', /^must not be after (\S+) \((.+)\)$/, 'tidak boleh sesudah $1 ($2)'),
  kind('OUTSIDE_AREA', /^must be a point in Indonesia$/, 'harus titik di wilayah Indonesia'),
  kind('UNKNOWN_CODE', /^must be a kecamatan code of Kabupaten Tegal/, 'harus kode kecamatan di Kabupaten Tegal'),
  kind('UNKNOWN_CODE', /^is not the BPS code of a kecamatan of Kabupaten Tegal/, 'bukan kode BPS kecamatan di Kabupaten Tegal, mis. "3328140" (Talang)'),
  kind('UNKNOWN_CODE', /^is not a sector/, 'bukan sektor (METAL, PLASTIC atau AGRO)'),
  kind('UNKNOWN_CODE', /^is not a certification code/, 'bukan kode sertifikasi yang dikenal'),
  kind('UNKNOWN_CODE', /^Unknown process code "(.+)"\.$/, 'kode proses "$1" tidak dikenal'),
  kind('UNKNOWN_CODE', /^Unknown material code "(.+)"\.$/, 'kode bahan "$1" tidak dikenal'),
  kind('UNKNOWN_CODE', /^Unknown certification code "(.+)"\.$/, 'kode sertifikasi "$1" tidak dikenal'),
  kind('UNKNOWN_CODE', /^Unknown (\S+) code "(.+)"\.$/, 'kode $1 "$2" tidak dikenal'),
  kind('OUTSIDE_SECTOR', /^The (?:process|material) "(.+)" belongs to sector (\S+), not to the selected sectors \((.+)\)\.$/, '"$1" termasuk sektor $2, bukan sektor yang dipilih ($3)'),
  kind('NOT_OF_THIS_RFQ', /^is not a quote of this RFQ$/, 'bukan penawaran untuk RFQ ini'),
  kind('ALREADY_AWARDED', /^names a quote already awarded in this request$/, 'menyebut penawaran yang sudah diberikan dalam permintaan ini'),
  kind('NOT_YOURS', /^is rated by the (\S+), not by you$/, 'dinilai oleh pihak lain, bukan oleh Anda'),
  kind('WRONG_PASSWORD', /^is wrong$/, 'salah'),
  kind('INVALID_TOKEN', /^is invalid, used or expired$/, 'tidak berlaku, sudah dipakai, atau kedaluwarsa'),
  kind('ALREADY_REGISTERED', /^is already registered$/, 'sudah terdaftar'),
  kind('INVALID_URL', /^is not a URL$/, 'bukan URL'),
  kind('INVALID_URL', /^must be an https URL$/, 'harus URL https'),
  kind('INVALID_URL', /^must not contain credentials$/, 'tidak boleh memuat nama pengguna atau kata sandi'),
  kind('INVALID_URL', /^must use port (.+)$/, 'harus memakai port $1'),
  kind('INVALID_URL', /^has a host name that does not resolve$/, 'nama host-nya tidak dapat ditemukan'),
  kind('INVALID_URL', /^must not point to a private, loopback or link-local address$/, 'tidak boleh menuju alamat privat, loopback, atau link-local'),
  kind('WRONG_TYPE', /^must be an integer number$/, 'harus bilangan bulat'),
  kind('WRONG_TYPE', /^(?:each value in )?.*must be a string$/, 'harus berupa teks'),
  kind('WRONG_TYPE', /^must be a boolean value$/, 'harus ya atau tidak'),
];

/** One issue as the client receives it: its code, and its message in `lang`. */
export function describeIssue(issue: InputIssue, lang: RequestLanguage): ClientIssue {
  const known = ISSUE_KINDS.find((k) => k.en.test(issue.message));
  const message = known && lang === 'id' ? issue.message.replace(known.en, known.id) : issue.message;
  return { field: issue.field, ...(issue.value === undefined ? {} : { value: issue.value }), code: known?.code ?? UNDESCRIBED_ISSUE, message };
}

const SUMMARY_LEAD: Record<RequestLanguage, string> = { id: 'Masukan tidak valid', en: 'Invalid input' };
const GOT: Record<RequestLanguage, string> = { id: 'nilai', en: 'got' };

/** The error's own message over its issues: each field, its message and the value sent. */
export function summarizeIssues(issues: readonly ClientIssue[], lang: RequestLanguage): string {
  const parts = issues.map((i) => `${i.field}: ${i.message}${i.value === undefined ? '' : ` (${GOT[lang]} ${JSON.stringify(i.value)})`}`);
  return `${SUMMARY_LEAD[lang]}: ${parts.join('; ')}`;
}
