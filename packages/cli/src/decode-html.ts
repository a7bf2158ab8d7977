import { decodePage } from '@coopnews/fetcher';

/**
 * Bytes of a saved page -> the string the extraction library takes, decoded exactly as the
 * fetcher decodes pages (WHATWG order: BOM, then <meta> prescan; then UTF-8 if valid, else
 * windows-1252). A saved file has no HTTP header.
 */
export function decodeHtml(bytes: Uint8Array): string {
  return decodePage(bytes, undefined).text;
}
