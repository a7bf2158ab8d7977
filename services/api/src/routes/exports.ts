import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { RouteDeps, ZodApp } from '../app.ts';
import { AgreementFilter, agreementMatcher, streamAgreements } from '../query/agreement-filter.ts';
import { ActorFilter, actorMatcher, ArticleFilter, articleMatcher, ProgramFilter, programMatcher, type Matcher } from '../query/record-filters.ts';
import { actorColumns, agreementColumns, articleColumns, programColumns } from '../export/columns.ts';
import { csvLines, jsonLines, type Columns } from '../export/csv.ts';
import { graphmlEdges, graphmlFooter, graphmlHeader, graphmlNode } from '../export/graphml.ts';
import { readErrors } from '../schemas.ts';

const TYPES = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8', graphml: 'application/graphml+xml; charset=utf-8' } as const;

function send(reply: FastifyReply, name: string, ext: keyof typeof TYPES, lines: AsyncIterable<string>): FastifyReply {
  return reply
    .type(TYPES[ext])
    .header('content-disposition', `attachment; filename="${name}.${ext}"`)
    .send(Readable.from(lines));
}

async function* filtered<R>(source: AsyncIterable<R>, m: Matcher<R>): AsyncGenerator<R> {
  for await (const r of source) if (m.matches(r)) yield r;
}

/** Streamed exports: rows go out as the database cursor yields them, never as a whole list. */
export function exportRoutes(app: ZodApp, { store }: RouteDeps): void {
  const tags = ['exports'];
  const both = <S extends z.ZodType, R>(name: string, querystring: S, rows: (q: z.infer<S>) => Promise<AsyncIterable<R>>, columns: Columns<R>) => {
    for (const ext of ['csv', 'jsonl'] as const) {
      app.get(`/${name}.${ext}`, { schema: { tags, querystring, response: { 400: readErrors[400] } } }, async (req, reply) => {
        const items = await rows(req.query as z.infer<S>);
        return send(reply, name, ext, ext === 'csv' ? csvLines(items, columns) : jsonLines(items));
      });
    }
  };

  both('agreements', AgreementFilter, async (f: AgreementFilter) => streamAgreements(store, f), agreementColumns);
  both('actors', ActorFilter, async (f: ActorFilter) => {
    const m = actorMatcher(f);
    return filtered(store.actors.stream(m.db, { projection: { contributions: 0 } }), m);
  }, actorColumns);
  both('programs', ProgramFilter, async (f: ProgramFilter) => {
    const m = programMatcher(f);
    return filtered(store.programs.stream(m.db, { projection: { contributions: 0 } }), m);
  }, programColumns);
  both('articles', ArticleFilter, async (f: ArticleFilter) => {
    const m = articleMatcher(f);
    return filtered(store.articles.stream(m.db, { projection: { text: 0 } }), m);
  }, articleColumns);

  app.get(
    '/network.graphml',
    { schema: { tags, description: 'Actors as nodes, agreements as edges between each pair of parties (GraphML, opens in Gephi); same filters as /agreements.', querystring: AgreementFilter, response: { 400: readErrors[400] } } },
    async (req, reply) => {
      const m = await agreementMatcher(store, req.query);
      const projection = { projection: { contributions: 0 as const, statusHistory: 0 as const } };
      async function* graph(): AsyncGenerator<string> {
        // Pass 1 keeps only ids, so nodes can come first (Gephi wants them before edges).
        const partyIds = new Set<string>();
        for await (const a of store.agreements.stream(m.db, projection)) {
          if (m.matches(a)) for (const p of a.partyIds) partyIds.add(p);
        }
        yield graphmlHeader();
        const known = new Set<string>();
        for await (const actor of store.actors.stream({}, { projection: { name: 1, kind: 1, country: 1, category: 1 } })) {
          if (!partyIds.has(actor._id)) continue;
          known.add(actor._id);
          yield graphmlNode(actor);
        }
        for await (const a of store.agreements.stream(m.db, projection)) {
          if (m.matches(a)) yield graphmlEdges(a, known);
        }
        yield graphmlFooter();
      }
      return send(reply, 'network', 'graphml', graph());
    },
  );
}
