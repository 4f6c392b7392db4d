/**
 * Stored on every match so a score can always be traced to the rules that produced it.
 * Bump on any change that can alter a score, a rank, an exclusion or a consortium.
 */
export const MATCHING_ENGINE_VERSION = 'v1';
