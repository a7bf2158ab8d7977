import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivateAddressError, guardedLookup } from '@coopnews/net';
import { allowedHostsOf, postWebhook, webhookTargetProblem } from './webhook-target.ts';

describe('webhook targets', () => {
  const none = allowedHostsOf([]);

  it.each(['http://127.0.0.1:9/hook', 'http://localhost/hook', 'http://[::1]/hook', 'http://10.0.0.5/hook', 'http://100.100.100.200/latest/meta-data', 'http://169.254.169.254/', 'http://[::ffff:7f00:1]/', 'http://[64:ff9b::a00:1]/', 'http://198.18.0.1/'])(
    'refuses %s',
    (url) => {
      expect(webhookTargetProblem(url, none)).toMatch(/loopback|not a public address/);
    },
  );

  it('lets public hosts and allow-listed ones through', () => {
    expect(webhookTargetProblem('https://hooks.example.org/x', none)).toBeUndefined();
    expect(webhookTargetProblem('http://8.8.8.8/x', none)).toBeUndefined();
    expect(webhookTargetProblem('http://127.0.0.1:9/hook', allowedHostsOf(['127.0.0.1']))).toBeUndefined();
  });

  it('refuses a name that resolves to loopback at connect time', async () => {
    const err = await new Promise<Error | null>((resolve) => guardedLookup()('localhost', {}, (e) => resolve(e)));
    expect(err).toBeInstanceOf(PrivateAddressError);
    expect(err?.message).toMatch(/localhost resolves to 127.0.0.1 \(loopback\)/);
  });

  describe('delivery to a loopback receiver', () => {
    let server: Server;
    let url: string;
    let hits = 0;
    beforeAll(async () => {
      server = createServer((req, res) => {
        hits++;
        req.resume();
        res.writeHead(204).end();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    });
    afterAll(() => new Promise((r) => server.close(r)));

    it('is refused without the allow-list and never connects', async () => {
      await expect(postWebhook(url, {}, '{}', { timeoutMs: 2000, allowed: none })).rejects.toThrow(/refused: 127.0.0.1 is not a public address \(loopback\)/);
      expect(hits).toBe(0);
    });

    it('is delivered when the config allows the host', async () => {
      await expect(postWebhook(url, {}, '{}', { timeoutMs: 2000, allowed: allowedHostsOf(['127.0.0.1']) })).resolves.toEqual({ status: 204 });
      expect(hits).toBe(1);
    });
  });
});
