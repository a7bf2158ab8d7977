#!/usr/bin/env node
// Readiness probe for MongoDB / FerretDB: succeeds once the server answers
// `ping`. Uses the `mongodb` driver when it resolves (the handshake then is
// exactly the services'), otherwise a raw OP_MSG ping so that it also works
// before `npm ci`.
//
//   node probe.mjs --uri mongodb://127.0.0.1:27017 [--wait SECONDS] [--pid PID]
// Exit codes: 0 ready, 1 not ready within --wait, 3 process --pid died.
import net from 'node:net';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const uri = String(args.uri ?? 'mongodb://127.0.0.1:27017');
const waitMs = Number(args.wait ?? 0) * 1000;
const pid = args.pid ? Number(args.pid) : undefined;

let MongoClient;
try {
  ({ MongoClient } = await import('mongodb'));
} catch {
  MongoClient = undefined;
}

async function pingDriver() {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000 });
  try {
    await client.connect();
    const r = await client.db('admin').command({ ping: 1 });
    const info = await client.db('admin').command({ buildInfo: 1 }).catch(() => ({}));
    return r.ok === 1 ? { ok: true, version: info.version, ferretdb: info.ferretdb?.version } : { ok: false, reason: JSON.stringify(r) };
  } catch (e) {
    return { ok: false, reason: e.message };
  } finally {
    await client.close().catch(() => {});
  }
}

// Minimal BSON for {ping: 1, $db: "admin"} and an OP_MSG (opcode 2013) around it.
function opMsgPing() {
  const cstr = (s) => Buffer.from(`${s}\0`);
  const int32 = (n) => { const b = Buffer.alloc(4); b.writeInt32LE(n); return b; };
  const elems = Buffer.concat([
    Buffer.from([0x10]), cstr('ping'), int32(1),
    Buffer.from([0x02]), cstr('$db'), int32(6), cstr('admin'),
  ]);
  const doc = Buffer.concat([int32(elems.length + 5), elems, Buffer.from([0])]);
  const body = Buffer.concat([int32(0) /* flags */, Buffer.from([0]) /* section kind 0 */, doc]);
  return Buffer.concat([int32(16 + body.length), int32(1), int32(0), int32(2013), body]);
}

function pingRaw(timeoutMs = 3000) {
  const m = /^mongodb:\/\/(?:[^@/]*@)?([^/,?]+)/.exec(uri);
  if (!m) return Promise.resolve({ ok: false, reason: `cannot parse ${uri} without the mongodb driver` });
  const hp = m[1];
  const i = hp.lastIndexOf(':');
  const host = i > 0 && !hp.endsWith(']') ? hp.slice(0, i) : hp;
  const port = i > 0 && !hp.endsWith(']') ? Number(hp.slice(i + 1)) : 27017;
  return new Promise((resolve) => {
    const sock = net.connect({ host: host.replace(/^\[|\]$/g, ''), port });
    let data = Buffer.alloc(0);
    const done = (r) => { sock.destroy(); resolve(r); };
    sock.setTimeout(timeoutMs, () => done({ ok: false, reason: 'timeout' }));
    sock.on('error', (e) => done({ ok: false, reason: e.code ?? e.message }));
    sock.on('connect', () => sock.write(opMsgPing()));
    sock.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (data.length < 4 || data.length < data.readInt32LE(0)) return;
      // Reply document: look for the double field "ok" equal to 1.0.
      const okAt = data.indexOf(Buffer.from([0x01, 0x6f, 0x6b, 0x00]));
      const ok = okAt > 0 && data.readDoubleLE(okAt + 4) === 1;
      done(ok ? { ok: true } : { ok: false, reason: 'ping did not return ok: 1' });
    });
  });
}

const deadline = Date.now() + waitMs;
let last = 'no attempt';
for (;;) {
  const r = MongoClient ? await pingDriver() : await pingRaw();
  if (r.ok) {
    const what = r.ferretdb ? `FerretDB ${r.ferretdb} (reports MongoDB ${r.version})` : r.version ? `MongoDB ${r.version}` : 'server';
    process.stderr.write(`mongo ready at ${uri.replace(/\/\/[^@/]*@/, '//***@')}: ${what}\n`);
    process.exit(0);
  }
  last = r.reason;
  if (pid !== undefined) {
    try { process.kill(pid, 0); } catch { process.stderr.write(`mongo process ${pid} exited (last probe: ${last})\n`); process.exit(3); }
  }
  if (Date.now() >= deadline) break;
  await new Promise((res) => setTimeout(res, 300));
}
process.stderr.write(`mongo not answering (${last})\n`);
process.exit(1);
