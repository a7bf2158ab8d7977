// Checks which MongoDB features the running server supports, for the
// FerretDB 1.x limits table in infra/README.md. Needs `npm ci` (mongodb driver).
// Run: node infra/mongo/compat.mjs   (MONGODB_URI or MONGO_PORT honoured)
import { MongoClient } from 'mongodb';

const uri = process.env.MONGODB_URI ?? `mongodb://127.0.0.1:${process.env.MONGO_PORT ?? 27017}`;
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
await client.connect();
const db = client.db(`infra_compat_${Date.now()}`);
const c = db.collection('records');
const info = await db.admin().command({ buildInfo: 1 });
console.log(`server: ${info.ferretdbVersion ? `FerretDB ${info.ferretdbVersion}` : JSON.stringify(info.ferretdb ?? '')} reports MongoDB ${info.version}`);

const results = [];
async function check(name, fn) {
  try {
    const detail = await fn();
    results.push([name, 'ok', detail ?? '']);
  } catch (e) {
    results.push([name, 'FAILS', String(e.message).split('\n')[0].slice(0, 140)]);
  }
}
const assert = (cond, msg) => { if (!cond) throw new Error(`wrong result: ${msg}`); };

await check('insertOne / insertMany', async () => {
  await c.insertOne({ _id: 'a1', n: 1, tags: ['x'], month: '2022-10', nested: { k: 'v' } });
  await c.insertMany([{ _id: 'a2', n: 2, tags: [], month: '2022-11' }, { _id: 'a3', n: 3, month: '2022-10' }]);
});
await check('find by _id', async () => { const d = await c.findOne({ _id: 'a1' }); assert(d?.n === 1, JSON.stringify(d)); });
await check('find by other field, $in, $gte, dotted path', async () => {
  assert((await c.find({ n: { $gte: 2 } }).toArray()).length === 2, '$gte');
  assert((await c.find({ month: { $in: ['2022-10'] } }).toArray()).length === 2, '$in');
  assert((await c.findOne({ 'nested.k': 'v' }))?._id === 'a1', 'dotted');
});
await check('updateOne upsert with $set + $addToSet + $setOnInsert', async () => {
  await c.updateOne({ _id: 'u1' }, { $set: { s: 1 }, $addToSet: { src: 'https://a' }, $setOnInsert: { created: 1 } }, { upsert: true });
  await c.updateOne({ _id: 'u1' }, { $set: { s: 2 }, $addToSet: { src: { $each: ['https://a', 'https://b'] } } }, { upsert: true });
  const d = await c.findOne({ _id: 'u1' });
  assert(d.s === 2 && d.src.length === 2 && d.created === 1, JSON.stringify(d));
});
await check('$push, $inc, $max, $unset, $pull', async () => {
  await c.updateOne({ _id: 'a1' }, { $push: { hist: { at: 1 } }, $inc: { n: 1 }, $max: { top: 5 }, $unset: { nested: '' }, $pull: { tags: 'x' } });
  const d = await c.findOne({ _id: 'a1' });
  assert(d.n === 2 && d.hist.length === 1 && d.top === 5 && !d.nested && d.tags.length === 0, JSON.stringify(d));
});
await check('$push with $slice', async () => {
  await c.updateOne({ _id: 'a1' }, { $push: { hist: { $each: [{ at: 2 }, { at: 3 }], $slice: -2 } } });
  assert((await c.findOne({ _id: 'a1' })).hist.length === 2, 'slice');
});
await check('findOneAndUpdate (returnDocument after, upsert)', async () => {
  const r = await c.findOneAndUpdate({ _id: 'f1' }, { $inc: { v: 1 } }, { upsert: true, returnDocument: 'after' });
  assert(r?.v === 1, JSON.stringify(r));
});
await check('bulkWrite (ordered: false) of upserts', async () => {
  const r = await c.bulkWrite([1, 2, 3].map((i) => ({ updateOne: { filter: { _id: `b${i}` }, update: { $set: { i } }, upsert: true } })), { ordered: false });
  assert(r.upsertedCount === 3, JSON.stringify(r));
});
await check('replaceOne upsert', async () => { await c.replaceOne({ _id: 'r1' }, { x: 1 }, { upsert: true }); });
await check('createIndex (single, compound, unique)', async () => {
  await c.createIndex({ month: 1 });
  await c.createIndex({ month: 1, n: -1 });
  await db.collection('uniq').createIndex({ key: 1 }, { unique: true });
  await db.collection('uniq').insertOne({ key: 'k' });
  let dup = false;
  try { await db.collection('uniq').insertOne({ key: 'k' }); } catch (e) { dup = e.code === 11000; }
  assert(dup, 'unique index did not reject a duplicate with E11000');
});
await check('duplicate _id -> E11000', async () => {
  let code;
  try { await c.insertOne({ _id: 'a1' }); } catch (e) { code = e.code; }
  assert(code === 11000, `code ${code}`);
});
await check('countDocuments / estimatedDocumentCount', async () => {
  const n = await c.countDocuments({ month: '2022-10' });
  const e = await c.estimatedDocumentCount();
  return `count=${n} estimated=${e}`;
});
await check('sort + skip + limit + projection', async () => {
  const r = await c.find({ n: { $exists: true } }, { projection: { n: 1 } }).sort({ n: -1, _id: 1 }).skip(0).limit(2).toArray();
  assert(r.length === 2 && r[0].n >= r[1].n && r[0].month === undefined, JSON.stringify(r));
});
await check('distinct', async () => { const r = await c.distinct('month'); return JSON.stringify(r); });
await check('regex filter', async () => { assert((await c.find({ month: /^2022-1/ }).toArray()).length === 3, 'regex'); });
await check('$elemMatch', async () => {
  await c.insertOne({ _id: 'e1', ev: [{ q: 'a', s: 1 }, { q: 'b', s: 2 }] });
  assert((await c.findOne({ ev: { $elemMatch: { q: 'b', s: 2 } } }))?._id === 'e1', 'elemMatch');
});
await check('aggregate $match/$group $sum/$sort/$limit', async () => {
  const r = await c.aggregate([{ $match: { month: { $exists: true } } }, { $group: { _id: '$month', n: { $sum: 1 } } }, { $sort: { _id: 1 } }, { $limit: 5 }]).toArray();
  return JSON.stringify(r);
});
await check('aggregate $unwind + $project + $count', async () => {
  await c.aggregate([{ $unwind: '$ev' }, { $project: { q: '$ev.q' } }, { $count: 'n' }]).toArray();
});
await check('aggregate $group $push / $addToSet / $max', async () => {
  await c.aggregate([{ $group: { _id: '$month', ids: { $push: '$_id' }, s: { $addToSet: '$n' }, m: { $max: '$n' } } }]).toArray();
});
await check('aggregate $lookup', async () => { await c.aggregate([{ $lookup: { from: 'uniq', localField: '_id', foreignField: 'key', as: 'j' } }]).toArray(); });
await check('aggregate $facet', async () => { await c.aggregate([{ $facet: { a: [{ $limit: 1 }] } }]).toArray(); });
await check('aggregate $sortByCount', async () => { await c.aggregate([{ $sortByCount: '$month' }]).toArray(); });
await check('aggregate $dateToString', async () => { await c.aggregate([{ $project: { d: { $dateToString: { date: '$$NOW', format: '%Y' } } } }]).toArray(); });
await check('positional $ update', async () => { await c.updateOne({ _id: 'e1', 'ev.q': 'a' }, { $set: { 'ev.$.s': 9 } }); });
await check('arrayFilters update', async () => { await c.updateOne({ _id: 'e1' }, { $set: { 'ev.$[x].s': 9 } }, { arrayFilters: [{ 'x.q': 'a' }] }); });
await check('key containing "."', async () => { await c.insertOne({ _id: 'dot', m: { 'https://a.b': 1 } }); });
await check('key starting with "$"', async () => { await c.insertOne({ _id: 'dollar', m: { $x: 1 } }); });
await check('nested arrays', async () => { await c.insertOne({ _id: 'nest', a: [[1, 2]] }); });
await check('text index', async () => { await c.createIndex({ text: 'text' }); });
await check('TTL index', async () => { await c.createIndex({ at: 1 }, { expireAfterSeconds: 60 }); });
await check('partial index', async () => { await c.createIndex({ p: 1 }, { partialFilterExpression: { p: { $exists: true } } }); });
await check('transaction', async () => {
  const s = client.startSession();
  try { await s.withTransaction(async () => { await c.insertOne({ _id: 'tx' }, { session: s }); }); } finally { await s.endSession(); }
});
await check('change stream', async () => {
  const cs = c.watch();
  const next = cs.tryNext();
  await Promise.race([next, new Promise((r) => setTimeout(r, 1000))]);
  await cs.close();
});
await check('large document (4 MB)', async () => { await c.insertOne({ _id: 'big', s: 'x'.repeat(4 * 1024 * 1024) }); });
await check('Date and Binary round trip', async () => {
  const at = new Date('2022-10-23T07:05:00Z');
  await c.insertOne({ _id: 'typed', at, raw: Buffer.from('héllo') });
  const d = await c.findOne({ _id: 'typed' });
  assert(d.at instanceof Date && d.at.getTime() === at.getTime() && Buffer.from(d.raw.buffer).toString() === 'héllo', JSON.stringify(d));
});
await check('deleteMany + drop', async () => { await c.deleteMany({ month: '2022-11' }); });

await db.dropDatabase();
await client.close();
const w = Math.max(...results.map((r) => r[0].length));
for (const [name, status, detail] of results) console.log(`${name.padEnd(w)}  ${status.padEnd(5)}  ${detail}`);
