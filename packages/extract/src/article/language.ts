/**
 * Language of an article: what the page declares, unless its text plainly says otherwise
 * (many Indonesian sites keep a theme's lang="en-US").
 */
const STOPWORDS: Readonly<Record<'id' | 'en', ReadonlySet<string>>> = {
  id: new Set(['yang', 'dan', 'di', 'dengan', 'untuk', 'ini', 'itu', 'dari', 'ke', 'pada', 'dalam', 'tidak', 'akan', 'juga', 'adalah', 'bahwa', 'oleh', 'sebagai', 'para', 'kata', 'telah', 'sudah', 'atau', 'kami', 'mereka']),
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'said', 'it', 'at', 'from', 'has', 'be', 'are', 'were', 'will', 'an', 'this', 'its']),
};

const SAMPLE_CHARS = 3000;

/** "id-ID", "in", "ind", "id_ID" -> "id"; "en-US" -> "en"; other codes -> their primary subtag. */
export function normalizeLanguageCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'in' || primary === 'ind' || primary === 'indonesian' || primary === 'bahasa') return 'id';
  if (primary === 'eng' || primary === 'english') return 'en';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** Stopword hits per language in a text. */
export function stopwordCounts(text: string): { id: number; en: number } {
  const counts = { id: 0, en: 0 };
  // The first few paragraphs say as much as the whole text.
  for (const w of text.slice(0, SAMPLE_CHARS).toLowerCase().split(/[^a-z]+/)) {
    if (!w) continue;
    if (STOPWORDS.id.has(w)) counts.id++;
    if (STOPWORDS.en.has(w)) counts.en++;
  }
  return counts;
}

/** Declared codes in order of trust (<html lang>, og:locale, JSON-LD inLanguage), then the text. */
export function detectLanguage(text: string, declared: ReadonlyArray<string | undefined>): string {
  const { id, en } = stopwordCounts(text);
  const byText = id + en >= 10 ? (id >= 3 * en ? 'id' : en >= 3 * id ? 'en' : undefined) : undefined;
  const stated = declared.map(normalizeLanguageCode).find((c) => c !== undefined);
  if (byText && stated !== byText && (stated === 'id' || stated === 'en' || stated === undefined)) return byText;
  if (stated) return stated;
  if (id + en > 0) return id >= en ? 'id' : 'en';
  return 'id';
}
