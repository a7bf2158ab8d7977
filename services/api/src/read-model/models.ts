import type { Logger } from '@coopnews/runtime';
import type { Store } from '@coopnews/store';
import { ReadModel, type StartInfo } from './read-model.ts';
import { agreementModelSpec, type AgreementRow } from './agreement-rows.ts';
import { actorModelSpec, type ActorRow } from './actor-rows.ts';
import { AgreementStats } from './agreement-stats.ts';
import { articleModelSpec, type ArticleRow } from './article-rows.ts';
import { programModelSpec, type ProgramRow } from './program-rows.ts';
import type { ActorRecord, AgreementRecord, ArticleRecord, ProgramRecord } from '@coopnews/schema';

/** The api's read models; built at start, brought up to date before each read. */
export interface ReadModels {
  agreements: ReadModel<AgreementRecord, AgreementRow>;
  actors: ReadModel<ActorRecord, ActorRow>;
  articles: ReadModel<ArticleRecord, ArticleRow>;
  programs: ReadModel<ProgramRecord, ProgramRow>;
  /** Agreement counts per month, kept current with the agreement rows (built on first use). */
  agreementStats: AgreementStats;
  /** How each model started: from a snapshot or from the records, with its rows and time. */
  started: { agreements: StartInfo; actors: StartInfo; articles: StartInfo; programs: StartInfo };
  /** Catches every model up with the change log. */
  fresh(): Promise<void>;
  close(): Promise<void>;
}

export async function openReadModels(store: Store, log?: Logger): Promise<ReadModels> {
  const agreements = new ReadModel(agreementModelSpec(store, log));
  const actors = new ReadModel(actorModelSpec(store, log));
  const articles = new ReadModel(articleModelSpec(store, log));
  const programs = new ReadModel(programModelSpec(store, log));
  const all = [agreements, actors, articles, programs] as const;
  const [a, b, c, d] = await Promise.all(all.map((m) => m.start()));
  const started = { agreements: a!, actors: b!, articles: c!, programs: d! };
  log?.info(started, 'read models loaded');
  return {
    agreements,
    actors,
    articles,
    programs,
    agreementStats: new AgreementStats(agreements),
    started,
    fresh: async () => void (await Promise.all(all.map((m) => m.fresh()))),
    close: async () => void (await Promise.all(all.map((m) => m.close()))),
  };
}
