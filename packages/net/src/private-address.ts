import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * True when `address` (an IP literal, brackets allowed) is not a public unicast address by the
 * IANA special-purpose registries for IPv4 and IPv6: loopback, private, carrier-grade NAT
 * (100.64/10, where some clouds keep metadata), link-local, benchmarking (198.18/15),
 * documentation, multicast, broadcast, reserved, and every IPv6 form that embeds or translates
 * an IPv4 address (::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::/96, 2002::/16 6to4, Teredo).
 * ipaddr.js keeps the registry; we only refuse whatever it does not call plain `unicast`.
 * Something that is not an address fails closed: it cannot be shown to be public.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''); // a zone id (fe80::1%eth0) names an interface
  // node:net decides what is a literal (four-part dotted IPv4, IPv6); ipaddr.js would also read 127.1.
  if (isIP(bare) === 0) return true;
  const parsed = parse(bare);
  if (parsed.kind() === 'ipv4') return parsed.range() !== 'unicast';
  // ::ffff:a.b.c.d reaches the IPv4 host it embeds: judge that host. (::a.b.c.d, the deprecated
  // IPv4-compatible form, and the translation prefixes stay refused by their ranges below.)
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() !== 'unicast';
  // Outside 2000::/3 everything unicast-looking is still IANA-reserved space.
  return parsed.range() !== 'unicast' || !parsed.match(GLOBAL_UNICAST_V6);
}

/**
 * ipaddr.js reads any IPv6 literal with a dotted tail as IPv4-mapped (::8.8.8.8 becomes
 * ::ffff:8.8.8.8), so the tail is rewritten as two hex groups first.
 */
function parse(literal: string): ipaddr.IPv4 | ipaddr.IPv6 {
  if (isIP(literal) !== 6) return ipaddr.parse(literal);
  const hex = literal.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a: string, b: string, c: string, d: string) =>
    [((Number(a) << 8) | Number(b)).toString(16), ((Number(c) << 8) | Number(d)).toString(16)].join(':'),
  );
  return ipaddr.parse(hex);
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** Why an address is refused, for error messages: the registry's name for its range. */
export function addressRange(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(bare) === 0) return 'not an IP address';
  const parsed = parse(bare);
  const range = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address().range() : parsed.range();
  return range === 'unicast' ? 'reserved (outside 2000::/3)' : range;
}
