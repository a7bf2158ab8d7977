import type { ArticleRecord, ProgramRecord } from '@coopnews/schema';
import type { AgreementRow } from '../read-model/agreement-rows.ts';
import type { ActorListItem } from '../schemas.ts';
import type { Columns } from './csv.ts';

type Listed<T> = Omit<T, 'contributions'>;
const sourceUrls = (r: { sources: { url: string }[] }) => [...new Set(r.sources.map((s) => s.url))];

/** Agreement exports read the read model's rows (the list item and its day), never whole records. */
export const agreementColumns: Columns<AgreementRow> = {
  header: ['id', 'type', 'status', 'date', 'month', 'parties', 'party_ids', 'countries', 'sectors', 'summary', 'outlets', 'source_urls', 'confidence', 'relevant', 'dismissed', 'first_seen', 'last_seen', 'extractor_version'],
  row: ({ item: a, day }) => [a._id, a.type, a.status, day, a.month, a.parties.map((p) => p.name), a.partyIds, a.countries, a.sectors, a.summary, a.outlets, a.sourceUrls, a.confidence, a.relevant, a.dismissed, a.firstSeen, a.lastSeen, a.extractorVersion],
};

export const actorColumns: Columns<ActorListItem> = {
  header: ['id', 'kind', 'name', 'aliases', 'category', 'country', 'roles', 'articles', 'confidence', 'dismissed', 'first_seen', 'last_seen'],
  row: (a) => [a._id, a.kind, a.name, a.aliases, a.category, a.country, a.roles, a.articleCount, a.confidence, a.dismissed, a.firstSeen, a.lastSeen],
};

export const programColumns: Columns<Listed<ProgramRecord>> = {
  header: ['id', 'name', 'acronym', 'kind', 'aliases', 'organizer_ids', 'participant_ids', 'articles', 'source_urls', 'confidence', 'dismissed', 'first_seen', 'last_seen'],
  row: (p) => [p._id, p.name, p.acronym, p.kind, p.aliases, p.organizerIds, p.participantIds, p.articleIds.length, sourceUrls(p), p.confidence, p.dismissed, p.firstSeen, p.lastSeen],
};

export const articleColumns: Columns<Omit<ArticleRecord, 'text'>> = {
  header: ['id', 'url', 'title', 'outlet', 'published_at', 'language', 'relevant', 'relevance', 'actors', 'agreements', 'programs', 'extractor_version', 'fetched_at'],
  row: (a) => [a._id, a.url, a.title, a.outlet, a.publishedAt, a.language, a.relevant, a.relevance, a.actorIds.length, a.agreementIds.length, a.programIds.length, a.extractorVersion, a.fetchedAt],
};
