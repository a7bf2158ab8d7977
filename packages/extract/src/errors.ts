/**
 * Raised when a page cannot be turned into an article: no text (EMPTY), over the page budget
 * (OVER_BUDGET), not text in a language (NOT_TEXT), anything else (FAILED).
 */
export class ExtractionError extends Error {
  readonly code: 'ERR_EXTRACT_EMPTY' | 'ERR_EXTRACT_OVER_BUDGET' | 'ERR_EXTRACT_NOT_TEXT' | 'ERR_EXTRACT_FAILED';
  readonly url: string;

  constructor(code: ExtractionError['code'], url: string, message: string, opts?: { cause?: unknown }) {
    super(`${url}: ${message}`, opts);
    this.name = 'ExtractionError';
    this.code = code;
    this.url = url;
  }
}
