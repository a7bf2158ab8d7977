import { normalizeSpace } from './text.ts';

/** Separators outlets put between headline, section and site name. */
const SEPARATOR = /\s+[|•·»«~]\s+|\s+[-–—]{1,2}\s+|\s*::\s*|\s+\/\s+/;
/** "Halaman all", "Halaman 2", "Page 3" left by paginated CMSs. */
const PAGE_SUFFIX = /\s*(?:[-|–—]\s*)?\b(?:halaman|page)\s+(?:\d+|all|semua)\s*$/i;

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export interface TitleContext {
  outlet?: string;
  /** The host's site label ("kabarnusantara"). */
  hostLabel?: string;
}

/** The text is (or starts with) the outlet's name or its host label. */
export function isOutletSegment(segment: string, ctx: TitleContext): boolean {
  const s = squash(segment);
  if (!s) return true;
  const names = [ctx.outlet, ctx.hostLabel].filter((n): n is string => !!n).map(squash).filter((n) => n.length >= 3);
  return names.some((n) => s === n || s.startsWith(n) || (n.startsWith(s) && s.length >= 5));
}

/**
 * A headline without what the CMS wraps around it: " - Outlet", " | Outlet", "Outlet :: ",
 * "Outlet | ", a section between headline and outlet (" - Business - The Tribune"), and pager
 * suffixes. Separators inside the headline itself stay: only segments naming the outlet go.
 */
export function cleanTitle(raw: string, ctx: TitleContext = {}): string {
  let title = normalizeSpace(raw);
  for (let i = 0; i < 3; i++) {
    const before = title;
    title = title.replace(PAGE_SUFFIX, '').trim();
    const parts = splitKeepingOrder(title);
    if (parts.length > 1) {
      // The outlet's name and whatever follows it (a tagline: "| BANGSAKINI - Berita Terkini").
      const at = parts.findIndex((p, i) => i > 0 && isOutletSegment(p, ctx));
      if (at > 0) {
        parts.splice(at);
        // A short section name left between headline and outlet goes too.
        const section = parts[parts.length - 1];
        if (parts.length > 1 && section !== undefined && section.split(' ').length <= 2 && section.length <= 20) parts.pop();
        title = rejoin(before, parts);
      } else if (isOutletSegment(parts[0] as string, ctx)) {
        parts.shift();
        title = rejoin(before, parts);
      }
    }
    if (title === before) break;
  }
  return title;
}

function splitKeepingOrder(title: string): string[] {
  return title.split(SEPARATOR).map((s) => s.trim());
}

/** The kept segments as they were written (their own separators preserved). */
function rejoin(original: string, kept: readonly string[]): string {
  if (kept.length === 0) return '';
  const first = kept[0] as string;
  const last = kept[kept.length - 1] as string;
  const start = original.indexOf(first);
  const end = original.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? original.slice(start, end).trim() : kept.join(' - ');
}

/**
 * The first usable title among candidates in order of trust, cleaned. When the page's headline
 * (`h1`) is what remains of a candidate once an unknown prefix or suffix is cut ("Judul - Berita
 * Daerah", "Kanal: Judul"), the headline is the cleaner form and wins.
 */
export function pickTitle(candidates: ReadonlyArray<string | undefined>, ctx: TitleContext, h1?: string): string {
  const headline = h1 ? cleanTitle(h1, ctx) : '';
  const head = comparable(headline);
  for (const c of candidates) {
    if (!c) continue;
    const t = cleanTitle(c, ctx);
    if (t.length < 3) continue;
    const k = comparable(t);
    if (head.length >= 10 && k !== head && (k.startsWith(`${head} `) || k.endsWith(` ${head}`))) return headline;
    return continued(t, candidates, ctx) ?? t;
  }
  return '';
}

/** og:title cut at a comma where <title> goes on ("Kota A Teken X" vs "Kota A Teken X, Belajar Y :: Outlet"). */
function continued(title: string, candidates: ReadonlyArray<string | undefined>, ctx: TitleContext): string | undefined {
  for (const c of candidates) {
    const t = c ? cleanTitle(c, ctx) : '';
    if (t.length > title.length && t.startsWith(title) && /^\s*[,:;]\s+\S/u.test(t.slice(title.length))) return t;
  }
  return undefined;
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
