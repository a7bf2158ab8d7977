#!/usr/bin/env node
// Readiness probe for Kafka that needs no npm packages (it also runs before
// `npm ci`): sends a raw Metadata v1 request and succeeds once the broker
// lists at least one broker and a controller, i.e. it has joined its own
// KRaft quorum and would accept produce/fetch requests.
//
//   node probe.mjs --brokers 127.0.0.1:9092[,h:p...] [--wait SECONDS] [--pid PID]
// Exit codes: 0 ready, 1 not ready within --wait, 3 process --pid died.
import net from 'node:net';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const brokers = String(args.brokers ?? '127.0.0.1:9092').split(',').map((s) => s.trim()).filter(Boolean);
const waitMs = Number(args.wait ?? 0) * 1000;
const pid = args.pid ? Number(args.pid) : undefined;

function metadataRequest() {
  const clientId = Buffer.from('coopnews-infra-probe');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4);
  let o = 0;
  o = body.writeInt16BE(3, o); // api key: Metadata
  o = body.writeInt16BE(1, o); // version 1: old enough for every 3.x broker, no tagged fields
  o = body.writeInt32BE(42, o); // correlation id
  o = body.writeInt16BE(clientId.length, o);
  o += clientId.copy(body, o);
  body.writeInt32BE(0, o); // empty topic list: brokers and controller only
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

function parseMetadata(buf) {
  let o = 4; // correlation id
  const n = buf.readInt32BE(o); o += 4;
  const list = [];
  for (let i = 0; i < n; i++) {
    const id = buf.readInt32BE(o); o += 4;
    const hl = buf.readInt16BE(o); o += 2;
    const host = buf.toString('utf8', o, o + hl); o += hl;
    const port = buf.readInt32BE(o); o += 4;
    const rl = buf.readInt16BE(o); o += 2;
    if (rl > 0) o += rl;
    list.push({ id, host, port });
  }
  const controllerId = buf.readInt32BE(o);
  return { brokers: list, controllerId };
}

function probeOnce(hostPort, timeoutMs = 3000) {
  const i = hostPort.lastIndexOf(':');
  const host = hostPort.slice(0, i).replace(/^\[|\]$/g, '');
  const port = Number(hostPort.slice(i + 1));
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    let data = Buffer.alloc(0);
    const done = (result) => { sock.destroy(); resolve(result); };
    sock.setTimeout(timeoutMs, () => done({ ok: false, reason: 'timeout' }));
    sock.on('error', (e) => done({ ok: false, reason: e.code ?? e.message }));
    sock.on('connect', () => sock.write(metadataRequest()));
    sock.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (data.length < 4 || data.length < 4 + data.readInt32BE(0)) return;
      try {
        const md = parseMetadata(data.subarray(4, 4 + data.readInt32BE(0)));
        if (md.brokers.length > 0 && md.controllerId >= 0) done({ ok: true, ...md });
        else done({ ok: false, reason: 'no brokers/controller in metadata yet' });
      } catch (e) {
        done({ ok: false, reason: `not a Kafka metadata response (${e.message})` });
      }
    });
  });
}

const deadline = Date.now() + waitMs;
let last = 'no attempt';
for (;;) {
  for (const b of brokers) {
    const r = await probeOnce(b);
    if (r.ok) {
      process.stderr.write(`kafka ready at ${b}: brokers ${r.brokers.map((x) => `${x.id}@${x.host}:${x.port}`).join(', ')}, controller ${r.controllerId}\n`);
      process.exit(0);
    }
    last = `${b}: ${r.reason}`;
  }
  if (pid !== undefined) {
    try { process.kill(pid, 0); } catch { process.stderr.write(`kafka process ${pid} exited (last probe: ${last})\n`); process.exit(3); }
  }
  if (Date.now() >= deadline) break;
  await new Promise((r) => setTimeout(r, 500));
}
process.stderr.write(`kafka not answering (${last})\n`);
process.exit(1);
