/**
 * schema.org JSON-LD as news pages embed it: one object, an array, or a Yoast-style @graph whose
 * nodes point at each other by @id. We read only what the article stage needs.
 */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  articleBody?: string;
  inLanguage?: string;
  /** The site's name (WebSite node), a second source for the outlet. */
  siteName?: string;
  url?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const ARTICLE_TYPE = /(?:Article|BlogPosting|NewsArticle|Report)$/;

/** Parses the text of every ld+json script; broken blocks are skipped, never fatal. */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  const nodes: JsonObject[] = [];
  for (const raw of scripts) {
    const value = parseLenient(raw);
    if (value !== undefined) collect(value, nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const deref = (v: Json | undefined): Json | undefined => (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (byId.get(v['@id']) ?? v) : v);

  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? nodes.find((n) => types(n).includes('WebPage'));
  const website = nodes.find((n) => types(n).includes('WebSite'));
  const out: JsonLdArticle = { authors: [] };
  if (website) out.siteName = str(website['name']);
  if (!article) return out;
  out.headline = str(article['headline']) ?? str(article['name']);
  out.datePublished = str(article['datePublished']) ?? str(article['dateCreated']);
  out.articleBody = str(article['articleBody']);
  out.inLanguage = str(article['inLanguage']);
  out.url = str(article['url']) ?? idOf(deref(article['mainEntityOfPage']));
  const publisher = deref(article['publisher']);
  out.publisher = isObject(publisher) ? str(publisher['name']) : undefined;
  const authors = Array.isArray(article['author']) ? article['author'] : [article['author']];
  for (const a of authors) {
    const node = deref(a);
    const name = isObject(node) ? str(node['name']) : str(node);
    if (name) out.authors.push(name);
  }
  return out;
}

function parseLenient(raw: string): Json | undefined {
  try {
    return JSON.parse(raw) as Json;
  } catch {
    // CMSs wrap the JSON in comments or CDATA and leave raw newlines inside strings.
    const cleaned = raw
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/\s+/g, ' ');
    try {
      return JSON.parse(cleaned) as Json;
    } catch {
      return undefined;
    }
  }
}

function collect(v: Json, out: JsonObject[]): void {
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out);
    return;
  }
  if (!isObject(v)) return;
  out.push(v);
  const graph = v['@graph'];
  if (graph !== undefined) collect(graph, out);
}

function types(n: JsonObject): string[] {
  const t = n['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function idOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  return isObject(v) ? (str(v['@id']) ?? str(v['url'])) : undefined;
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return s.length > 0 ? s : undefined;
  }
  if (Array.isArray(v)) return str(v.find((x) => typeof x === 'string'));
  return undefined;
}
