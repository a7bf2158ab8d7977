import { describe, expect, it } from 'vitest';
import { graphmlEdges, graphmlNode, xmlEscape } from './graphml.ts';
import { signature, webhookBody } from '../watch/webhook.ts';
import { createHmac } from 'node:crypto';

describe('graphml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('writes a node with its attributes and one edge per pair of known parties', () => {
    expect(graphmlNode({ _id: 'a', name: 'Kadin & Co', kind: 'organization', country: 'ID' })).toContain('<data key="label">Kadin &amp; Co</data>');
    const edges = graphmlEdges(
      { _id: 'g', day: '2022-01-01', text: '', item: { _id: 'g', partyIds: ['a', 'b', 'c', 'gone'], type: 'mou', status: 'signed', sectors: ['umkm'] } } as never,
      new Set(['a', 'b', 'c']),
    );
    expect(edges.match(/<edge /g)).toHaveLength(3);
    expect(edges).toContain('<data key="date">2022-01-01</data>');
  });
});

describe('webhook signature', () => {
  it('is sha256= and the hex HMAC of the exact body', () => {
    const body = '{"a":1}';
    expect(signature('k', body)).toBe(`sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`);
  });

  it('carries no URL credentials, whatever the event holds', () => {
    const event = { _id: 'e', watchId: 'w', agreementId: 'a', change: 'created', status: 'signed', type: 'mou', parties: [], sectors: [], summary: 's', sourceUrl: 'https://u:pw@news.example/a', at: 'x', matchedAt: 'y' };
    const body = webhookBody({ _id: 'w', name: 'n' } as never, { ...event, change: 'created' });
    expect(body).toContain('"sourceUrl":"https://news.example/a"');
    expect(body).not.toContain('pw@');
  });
});
