import dns from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { addressRange, isPrivateAddress } from './private-address.ts';

/** Thrown (as the lookup error) when a host resolves to an address the guard refuses. */
export class PrivateAddressError extends Error {
  readonly code = 'ERR_PRIVATE_ADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`host ${host} resolves to ${address} (${addressRange(address)}), which is not a public address`);
    this.name = 'PrivateAddressError';
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request / net.connect that refuses hosts resolving to any non-public
 * address. Used at connect time, so the address checked is the address connected to (no DNS
 * rebinding between a check and the request). `allowedHosts` are let through as they are.
 */
export function guardedLookup(allowedHosts: ReadonlySet<string> = new Set()) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
      const refused = allowedHosts.has(host) ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (refused !== undefined) return callback(new PrivateAddressError(host, refused.address), []);
      if (options.all === true) return callback(null, addresses);
      const first = addresses[0];
      if (first === undefined) return callback(Object.assign(new Error(`host ${host} has no addresses`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
