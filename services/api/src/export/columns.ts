import type { ArticleRecord, PartyRef, ProgramRecord } from '@coopnews/schema';
import type { AgreementRow } from '../read-model/agreement-rows.ts';
import type { ActorListItem, AgreementListItem } from '../schemas.ts';
import { table, type ColumnSpec } from './table.ts';
import { citedItem, type ArticleLookup, type Citation } from '../citations.ts';

type Listed<T> = Omit<T, 'contributions'>;
const sourceUrls = (r: { sources: { url: string }[] }) => [...new Set(r.sources.map((s) => s.url))];

/** What an agreement export writes per row: the read model row's list item (built once per row) and its day, never a whole record. */
export interface AgreementExportRow {
  item: AgreementListItem;
  day: string;
}
/** With `models`, the item carries its citation (the earliest article's outlet, title, date and URL). */
export const exportRowOf = (r: AgreementRow, models?: ArticleLookup): AgreementExportRow => ({ item: models ? citedItem(r.item, models) : r.item, day: r.day });

/** Citation columns: where to cite a record from (its earliest article), and the one-line citation. */
const citationColumns = <T>(cite: (item: T) => Citation | undefined): ColumnSpec<T>[] => [
  ['cite_outlet', 'string', (r) => cite(r)?.outlet],
  ['cite_title', 'string', (r) => cite(r)?.title],
  ['cite_date', 'date', (r) => cite(r)?.date],
  ['cite_url', 'string', (r) => cite(r)?.url],
  ['citation', 'string', (r) => cite(r)?.text],
];

export const agreementColumns = table<AgreementExportRow>(
  ['id', 'string', (r) => r.item._id],
  ['type', 'string', (r) => r.item.type],
  ['status', 'string', (r) => r.item.status],
  ['date', 'date', (r) => r.day],
  ['month', 'string', (r) => r.item.month],
  ['parties', 'strings', (r) => r.item.parties.map((p) => p.name)],
  ['party_ids', 'strings', (r) => r.item.partyIds],
  ['countries', 'strings', (r) => r.item.countries],
  ['sectors', 'strings', (r) => r.item.sectors],
  ['summary', 'string', (r) => r.item.summary],
  ['outlets', 'strings', (r) => r.item.outlets],
  ['source_urls', 'strings', (r) => r.item.sourceUrls],
  ['confidence', 'double', (r) => r.item.confidence],
  ['relevant', 'boolean', (r) => r.item.relevant],
  ['dismissed', 'boolean', (r) => r.item.dismissed],
  ['first_seen', 'timestamp', (r) => r.item.firstSeen],
  ['last_seen', 'timestamp', (r) => r.item.lastSeen],
  ['extractor_version', 'string', (r) => r.item.extractorVersion],
  ['sources', 'int', (r) => r.item.sourceCount],
  ['quotes', 'int', (r) => r.item.quoteCount],
  ...citationColumns<AgreementExportRow>((r) => r.item.citation),
);

export const actorColumns = table<ActorListItem>(
  ['id', 'string', (a) => a._id],
  ['kind', 'string', (a) => a.kind],
  ['name', 'string', (a) => a.name],
  ['aliases', 'strings', (a) => a.aliases],
  ['category', 'string', (a) => a.category],
  ['country', 'string', (a) => a.country],
  ['roles', 'strings', (a) => a.roles],
  ['articles', 'int', (a) => a.articleCount],
  ['confidence', 'double', (a) => a.confidence],
  ['dismissed', 'boolean', (a) => a.dismissed],
  ['first_seen', 'timestamp', (a) => a.firstSeen],
  ['last_seen', 'timestamp', (a) => a.lastSeen],
);

/** A program as exported: the record without contributions, with its citation (quote included: the record is at hand). */
export type ProgramExportRow = Listed<ProgramRecord> & { citation?: Citation | undefined };

export const programColumns = table<ProgramExportRow>(
  ['id', 'string', (p) => p._id],
  ['name', 'string', (p) => p.name],
  ['acronym', 'string', (p) => p.acronym],
  ['kind', 'string', (p) => p.kind],
  ['aliases', 'strings', (p) => p.aliases],
  ['organizer_ids', 'strings', (p) => p.organizerIds],
  ['participant_ids', 'strings', (p) => p.participantIds],
  ['articles', 'int', (p) => p.articleIds.length],
  ['source_urls', 'strings', sourceUrls],
  ['confidence', 'double', (p) => p.confidence],
  ['dismissed', 'boolean', (p) => p.dismissed],
  ['first_seen', 'timestamp', (p) => p.firstSeen],
  ['last_seen', 'timestamp', (p) => p.lastSeen],
  ...citationColumns<ProgramExportRow>((p) => p.citation),
  ['cite_quote', 'string', (p) => p.citation?.quote],
);

export const articleColumns = table<Omit<ArticleRecord, 'text'>>(
  ['id', 'string', (a) => a._id],
  ['url', 'string', (a) => a.url],
  ['title', 'string', (a) => a.title],
  ['outlet', 'string', (a) => a.outlet],
  ['published_at', 'timestamp', (a) => a.publishedAt],
  ['language', 'string', (a) => a.language],
  ['relevant', 'boolean', (a) => a.relevant],
  ['relevance', 'double', (a) => a.relevance],
  ['actors', 'int', (a) => a.actorIds.length],
  ['agreements', 'int', (a) => a.agreementIds.length],
  ['programs', 'int', (a) => a.programIds.length],
  ['extractor_version', 'string', (a) => a.extractorVersion],
  ['fetched_at', 'timestamp', (a) => a.fetchedAt],
);

/** One party of one agreement: the actor–agreement edge list (a bipartite network; GraphML has the actor–actor projection). */
export interface EdgeRow {
  agreementId: string;
  actorId: string;
  actor: PartyRef | undefined;
  type: string;
  status: string;
  day: string;
  sectors: string[];
}

export function* edgesOf({ item: a, day }: AgreementExportRow): Generator<EdgeRow> {
  const byId = new Map(a.parties.map((p) => [p.id, p]));
  for (const actorId of new Set(a.partyIds)) yield { agreementId: a._id, actorId, actor: byId.get(actorId), type: a.type, status: a.status, day, sectors: a.sectors };
}

export const edgeColumns = table<EdgeRow>(
  ['agreement_id', 'string', (e) => e.agreementId],
  ['actor_id', 'string', (e) => e.actorId],
  ['actor_name', 'string', (e) => e.actor?.name],
  ['actor_kind', 'string', (e) => e.actor?.kind],
  ['actor_country', 'string', (e) => e.actor?.country],
  ['agreement_type', 'string', (e) => e.type],
  ['agreement_status', 'string', (e) => e.status],
  ['date', 'date', (e) => e.day],
  ['sectors', 'strings', (e) => e.sectors],
);
