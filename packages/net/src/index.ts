/** Network hygiene shared by the fetcher and the api: which addresses we may connect to, and URLs without credentials. */
export { addressRange, isPrivateAddress } from './private-address.ts';
export { PrivateAddressError, guardedLookup } from './guarded-lookup.ts';
export { hasCredentials, stripCredentials, stripCredentialsInText, withoutCredentials } from './url-credentials.ts';
