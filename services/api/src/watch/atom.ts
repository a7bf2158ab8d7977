import type { WatchEventRecord, WatchRecord } from '@coopnews/store';
import { xmlEscape } from '../export/graphml.ts';

const CHANGE = { created: 'new', status_changed: 'now', updated: 'updated' } as const;

export function eventTitle(e: WatchEventRecord): string {
  const parties = e.parties.map((p) => p.name).join(' – ') || 'unnamed parties';
  const status = e.change === 'status_changed' && e.previousStatus ? `${e.previousStatus} → ${e.status}` : e.status;
  return `${CHANGE[e.change]} ${e.type} (${status}): ${parties}`;
}

/** An Atom 1.0 feed of a watch's matches, newest first; each entry links to the agreement and its source. */
export function atomFeed(watch: WatchRecord, events: WatchEventRecord[], base: string): string {
  const self = `${base}/watches/${encodeURIComponent(watch._id)}/feed.atom`;
  const updated = events[0]?.matchedAt ?? watch.createdAt;
  const entries = events.map((e) => {
    const agreement = `${base}/agreements/${encodeURIComponent(e.agreementId)}`;
    const summary = [e.summary, e.sectors.length ? `Sectors: ${e.sectors.join(', ')}` : '', `Source: ${e.sourceUrl}`].filter(Boolean).join('\n');
    return [
      '  <entry>',
      `    <id>urn:coopnews:watch-event:${xmlEscape(e._id)}</id>`,
      `    <title>${xmlEscape(eventTitle(e))}</title>`,
      `    <updated>${xmlEscape(e.matchedAt)}</updated>`,
      `    <published>${xmlEscape(e.at)}</published>`,
      `    <link rel="alternate" type="application/json" href="${xmlEscape(agreement)}"/>`,
      `    <link rel="related" type="text/html" href="${xmlEscape(e.sourceUrl)}"/>`,
      ...e.sectors.map((s) => `    <category term="${xmlEscape(s)}"/>`),
      `    <summary type="text">${xmlEscape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:coopnews:watch:${xmlEscape(watch._id)}</id>`,
    `  <title>${xmlEscape(`coopnews: ${watch.name}`)}</title>`,
    `  <updated>${xmlEscape(updated)}</updated>`,
    '  <author><name>coopnews</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
