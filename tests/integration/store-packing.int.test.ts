import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectMongo, createRepository, unitOfWork, storeFromDb, type Connection } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';

interface Doc {
  _id: string;
  partyIds: string[];
  contributions: { articleId: string; quote: string }[];
}

describe('records keep their growing arrays as JSON strings in the database', () => {
  let conn: Connection;
  afterAll(async () => {
    await conn?.db.dropDatabase();
    await conn?.close();
  });

  it('writes packed fields as strings, reads them back as arrays, and reads documents stored unpacked as they are', async () => {
    conn = await connectMongo(inject('mongoUri'), uniqueName('packing'));
    const repo = createRepository<Doc>(conn.db, 'docs', { packed: ['contributions'] });
    const doc: Doc = { _id: 'a', partyIds: ['p1'], contributions: [{ articleId: 'art1', quote: 'Kementerian menandatangani MoU' }] };
    await repo.put(doc);
    const raw = await conn.db.collection('docs').findOne({ _id: 'a' as never });
    expect(typeof raw!.contributions).toBe('string');
    expect(raw!.partyIds).toEqual(['p1']);
    expect(await repo.get('a')).toEqual(doc);
    expect(await repo.find({ partyIds: 'p1' })).toEqual([doc]);
    const streamed: Doc[] = [];
    for await (const d of repo.stream({}, { projection: { partyIds: 0 } })) streamed.push(d);
    expect(streamed).toEqual([{ _id: 'a', contributions: doc.contributions }]);
    expect(await repo.put(doc)).toBe('unchanged');

    await conn.db.collection('docs').insertOne({ _id: 'old' as never, partyIds: [], contributions: [{ articleId: 'art0', quote: 'lama' }] });
    expect((await repo.get('old'))!.contributions).toEqual([{ articleId: 'art0', quote: 'lama' }]);
  });

  it('the unit of work writes records packed too', async () => {
    const store = storeFromDb(conn.db);
    const uow = unitOfWork(store);
    const program = { _id: 'prg_1', contributions: [{ articleId: 'art1' }] } as never;
    await uow.programs.put(program);
    await uow.flush();
    const raw = await conn.db.collection('programs').findOne({ _id: 'prg_1' as never });
    expect(typeof raw!.contributions).toBe('string');
    expect((await store.programs.get('prg_1'))!.contributions).toEqual([{ articleId: 'art1' }]);
  });
});
