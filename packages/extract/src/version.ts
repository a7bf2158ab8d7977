/** Bump on any change that can change output, so stored records know what made them. */
export const EXTRACTOR_VERSION = '0.2.0';
