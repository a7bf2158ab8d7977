import type { Actor, ActorKind, ArticleInfo } from '@coopnews/schema';
import type { ActorsResult, Mention } from '../types.ts';

/** A hand-made actor for tests: mentions are found by exact name or alias. */
export interface FixtureActor {
  kind: ActorKind;
  name: string;
  aliases?: string[];
  /** Name of the organization a person speaks for. */
  affiliation?: string;
  country?: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Article and actors for a snippet, as the article and actors stages would hand them over. */
export function fixture(text: string, list: FixtureActor[], title = ''): { article: ArticleInfo; actors: ActorsResult } {
  const actors: Actor[] = list.map((a, i) => ({
    id: `a${i + 1}`,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases ?? [],
    ...(a.country ? { country: a.country } : {}),
    confidence: 0.9,
    evidence: [],
  }));
  list.forEach((a, i) => {
    const aff = a.affiliation ? actors.find((x) => x.name === a.affiliation) : undefined;
    if (aff && actors[i]) actors[i].affiliation = aff.id;
  });
  const found: Mention[] = [];
  for (const a of actors) {
    for (const n of [a.name, ...a.aliases]) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${esc(n)}(?![\\p{L}\\p{N}])`, 'gu'))) {
        found.push({ actorId: a.id, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const mentions: Mention[] = [];
  let to = -1;
  for (const m of found) {
    if (m.start < to) continue;
    mentions.push(m);
    to = m.end;
  }
  const article: ArticleInfo = { url: 'https://news.example/a', title, publishedAt: '2024-05-14T10:00:00+07:00', language: 'id', outlet: 'Test', text };
  return { article, actors: { actors, mentions } };
}
