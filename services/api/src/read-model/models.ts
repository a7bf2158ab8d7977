import type { Logger } from '@coopnews/runtime';
import type { Store } from '@coopnews/store';
import { ReadModel, type StartInfo } from './read-model.ts';
import { agreementModelSpec, type AgreementRow } from './agreement-rows.ts';
import { actorModelSpec, type ActorRow } from './actor-rows.ts';
import type { ActorRecord, AgreementRecord } from '@coopnews/schema';

/** The api's read models; built at start, brought up to date before each read. */
export interface ReadModels {
  agreements: ReadModel<AgreementRecord, AgreementRow>;
  actors: ReadModel<ActorRecord, ActorRow>;
  /** How each model started: from a snapshot or from the records, with its rows and time. */
  started: { agreements: StartInfo; actors: StartInfo };
  /** Catches every model up with the change log. */
  fresh(): Promise<void>;
  close(): Promise<void>;
}

export async function openReadModels(store: Store, log?: Logger): Promise<ReadModels> {
  const agreements = new ReadModel(agreementModelSpec(store, log));
  const actors = new ReadModel(actorModelSpec(store, log));
  const started = await Promise.all([agreements.start(), actors.start()]);
  log?.info({ agreements: started[0], actors: started[1] }, 'read models loaded');
  return {
    agreements,
    actors,
    started: { agreements: started[0], actors: started[1] },
    fresh: async () => void (await Promise.all([agreements.fresh(), actors.fresh()])),
    close: async () => void (await Promise.all([agreements.close(), actors.close()])),
  };
}
