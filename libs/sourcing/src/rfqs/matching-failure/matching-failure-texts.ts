import { MatchingFailureCode } from './matching-failure-code.enum';

export type TextLocale = 'id' | 'en';

/** What the buyer reads for each failure, per language (Bahasa Indonesia is the default). */
export const MATCHING_FAILURE_TEXTS: Record<TextLocale, Record<MatchingFailureCode, string>> = {
  id: {
    [MatchingFailureCode.PROFILE_INDEX_UNAVAILABLE]: 'Data profil IKM sedang tidak dapat dibaca. Silakan coba lagi beberapa saat lagi.',
    [MatchingFailureCode.MATCHING_FAILED]: 'Kami belum dapat mencocokkan RFQ Anda dengan IKM. Silakan coba lagi dari halaman RFQ.',
  },
  en: {
    [MatchingFailureCode.PROFILE_INDEX_UNAVAILABLE]: 'IKM profiles cannot be read right now. Please retry in a few moments.',
    [MatchingFailureCode.MATCHING_FAILED]: 'We could not match your RFQ with IKMs yet. Please retry from the RFQ page.',
  },
};

/** The caller's language: English when asked for, Bahasa Indonesia otherwise. */
export const textLocaleOf = (locale: string | null | undefined): TextLocale => (locale === 'en' ? 'en' : 'id');
