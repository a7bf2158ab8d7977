import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { RouteDeps, ZodApp } from '../app.ts';
import { AgreementFilter, matchingAgreements } from '../query/agreement-filter.ts';
import { ActorFilter, actorMatcher, ArticleFilter, articleMatcher, ProgramFilter, programMatcher } from '../query/record-filters.ts';
import { actorColumns, agreementColumns, articleColumns, edgeColumns, edgesOf, exportRowOf, programColumns, type AgreementExportRow, type EdgeRow } from '../export/columns.ts';
import { csvLines, jsonLines } from '../export/csv.ts';
import { parquetStream } from '../export/parquet.ts';
import type { Columns } from '../export/table.ts';
import { graphmlEdges, graphmlFooter, graphmlHeader, graphmlNode } from '../export/graphml.ts';
import { readErrors } from '../schemas.ts';
import { stripCredentialsInText, withoutCredentials } from '@coopnews/net';
import type { AgreementRow } from '../read-model/agreement-rows.ts';
import { programItem } from '../read-model/program-rows.ts';
import { sourceArticles, type ArticleLookup, type Citation } from '../citations.ts';
import type { Source } from '@coopnews/schema';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  graphml: 'application/graphml+xml; charset=utf-8',
} as const;

const FORMATS = {
  csv: 'CSV (RFC 4180, lists joined with "; ")',
  jsonl: 'JSON lines, one object per record',
  parquet: 'Parquet (typed columns: dates as DATE, instants as UTC TIMESTAMP, counts as INT32, lists as LIST<STRING>; row groups of 5,000, Snappy)',
} as const;

function send(reply: FastifyReply, name: string, ext: keyof typeof TYPES, body: AsyncIterable<string> | Readable): FastifyReply {
  return reply
    .type(TYPES[ext])
    .header('content-disposition', `attachment; filename="${name}.${ext}"`)
    .send(body instanceof Readable ? body : Readable.from(batched(body)));
}

/**
 * Lines joined into chunks of about 64 KB (one stream write per line costs more than the line),
 * each without the user:password@ of any URL in it.
 */
async function* batched(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = '';
  for await (const line of lines) {
    chunk += stripCredentialsInText(line);
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** What the rows that match give out, one at a time (never a copied list). */
function* matching<R, I>(rows: readonly R[], matches: (row: R) => boolean, out: (row: R) => I): Generator<I> {
  for (const r of rows) if (matches(r)) yield out(r);
}

/** Each row's list item built once (rows keep most of it as JSON), not once per column. */
function* exportRows(rows: Iterable<AgreementRow>, models?: ArticleLookup): Generator<AgreementExportRow> {
  for (const row of rows) yield exportRowOf(row, models);
}

function* edgesOfAll(rows: Iterable<AgreementExportRow>): Generator<EdgeRow> {
  for (const row of rows) yield* edgesOf(row);
}

const edgeJson = (e: EdgeRow) => ({
  agreementId: e.agreementId,
  actorId: e.actorId,
  actorName: e.actor?.name,
  actorKind: e.actor?.kind,
  actorCountry: e.actor?.country,
  agreementType: e.type,
  agreementStatus: e.status,
  date: e.day,
  sectors: e.sectors,
});

/** Yields without holding the event loop for a whole export: a pause every 500 rows. */
async function* paced<R>(rows: Iterable<R>): AsyncGenerator<R> {
  let n = 0;
  for (const r of rows) {
    yield r;
    if (++n % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Streamed exports: every kind goes out row by row from its read model (agreements newest
 * first, actors and programs most-reported first, articles oldest first); never a whole
 * list. Every kind comes in every format of `FORMATS` with the same columns (rows in; lines, or
 * Parquet row groups, out).
 */
export function exportRoutes(app: ZodApp, { models }: RouteDeps): void {
  const tags = ['exports'];
  async function* cite<R extends { sources: Source[] }>(records: AsyncIterable<R>): AsyncGenerator<R & { citation?: Citation | undefined }> {
    for await (const r of records) yield { ...r, citation: sourceArticles(r.sources, models)[0]?.citation };
  }
  const formats = <S extends z.ZodType, R>(name: string, querystring: S, rows: (q: z.infer<S>) => Promise<AsyncIterable<R>>, columns: Columns<R>, json: (r: R) => unknown = (r) => r) => {
    for (const ext of ['csv', 'jsonl', 'parquet'] as const) {
      const description = `${name} as ${FORMATS[ext]}; columns: ${columns.map((c) => `${c.name} (${c.type})`).join(', ')}.`;
      app.get(`/${name}.${ext}`, { schema: { tags, description, querystring, response: { 400: readErrors[400] } } }, async (req, reply) => {
        const items = await rows(req.query as z.infer<S>);
        if (ext === 'parquet') return send(reply, name, ext, parquetStream(items, columns.map((c) => ({ ...c, get: (r: R) => withoutCredentials(c.get(r)) }))));
        return send(reply, name, ext, ext === 'csv' ? csvLines(items, columns) : jsonLines(items, json));
      });
    }
  };

  formats('agreements', AgreementFilter, async (f: AgreementFilter) => {
    await models.fresh();
    return paced(exportRows(matchingAgreements(models, f), models));
  }, agreementColumns, (row) => row.item);
  formats('actors', ActorFilter, async (f: ActorFilter) => {
    await models.fresh();
    const matches = actorMatcher(f);
    return paced(matching(models.actors.rows, (r) => matches(r.item), (r) => r.item));
  }, actorColumns);
  formats('programs', ProgramFilter, async (f: ProgramFilter) => {
    await models.fresh();
    const matches = programMatcher(f);
    return cite(paced(matching(models.programs.rows, matches, programItem)));
  }, programColumns);
  formats('articles', ArticleFilter, async (f: ArticleFilter) => {
    await models.fresh();
    const m = articleMatcher(f);
    return paced(matching(models.articles.rows, (r) => m.matches(r.item), (r) => r.item));
  }, articleColumns);
  formats('edges', AgreementFilter, async (f: AgreementFilter) => {
    await models.fresh();
    return paced(edgesOfAll(exportRows(matchingAgreements(models, f))));
  }, edgeColumns, edgeJson);

  app.get(
    '/network.graphml',
    { schema: { tags, description: 'Actors as nodes, agreements as edges between each pair of parties (GraphML, opens in Gephi); same filters as /agreements.', querystring: AgreementFilter, response: { 400: readErrors[400] } } },
    async (req, reply) => {
      await models.fresh();
      const filter = req.query;
      async function* graph(): AsyncGenerator<string> {
        // Pass 1 keeps only ids, so nodes can come first (Gephi wants them before edges).
        const partyIds = new Set<string>();
        for (const a of matchingAgreements(models, filter)) for (const p of a.item.partyIds) partyIds.add(p);
        yield graphmlHeader();
        const known = new Set<string>();
        for await (const actor of paced(models.actors.rows)) {
          if (!partyIds.has(actor._id)) continue;
          known.add(actor._id);
          yield graphmlNode(actor.item);
        }
        for await (const a of paced(matchingAgreements(models, filter))) yield graphmlEdges(a, known);
        yield graphmlFooter();
      }
      return send(reply, 'network', 'graphml', graph());
    },
  );
}
