import type { ActorRecord } from '@coopnews/schema';
import type { AgreementRow } from '../read-model/agreement-rows.ts';

/** XML text and attribute escaping; also drops characters XML 1.0 forbids (control bytes in scraped text). */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex -- the point is to drop control characters XML 1.0 cannot carry
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const KEYS: [id: string, forWhat: 'node' | 'edge', name: string][] = [
  ['label', 'node', 'label'],
  ['kind', 'node', 'kind'],
  ['country', 'node', 'country'],
  ['category', 'node', 'category'],
  ['elabel', 'edge', 'label'],
  ['agreement', 'edge', 'agreement'],
  ['type', 'edge', 'type'],
  ['status', 'edge', 'status'],
  ['sectors', 'edge', 'sectors'],
  ['date', 'edge', 'date'],
];

export const graphmlHeader = (): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
  KEYS.map(([id, f, name]) => `  <key id="${id}" for="${f}" attr.name="${name}" attr.type="string"/>\n`).join('') +
  '  <graph id="coopnews" edgedefault="undirected">\n';

export const graphmlFooter = (): string => '  </graph>\n</graphml>\n';

const data = (key: string, value: string | undefined): string => (value ? `<data key="${key}">${xmlEscape(value)}</data>` : '');

export function graphmlNode(a: Pick<ActorRecord, '_id' | 'name' | 'kind' | 'country' | 'category'>): string {
  return `    <node id="${xmlEscape(a._id)}">${data('label', a.name)}${data('kind', a.kind)}${data('country', a.country)}${data('category', a.category)}</node>\n`;
}

/** One edge per pair of parties (an agreement of three parties is a triangle). */
export function graphmlEdges({ item: a, day }: AgreementRow, known: ReadonlySet<string>): string {
  const ids = [...new Set(a.partyIds)].filter((p) => known.has(p)).sort();
  let out = '';
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const attrs = data('elabel', `${a.type} (${a.status})`) + data('agreement', a._id) + data('type', a.type) + data('status', a.status) + data('sectors', a.sectors.join('; ')) + data('date', day);
      out += `    <edge id="${xmlEscape(`${a._id}:${i}-${j}`)}" source="${xmlEscape(ids[i]!)}" target="${xmlEscape(ids[j]!)}">${attrs}</edge>\n`;
    }
  }
  return out;
}
