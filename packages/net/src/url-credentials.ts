/**
 * `href` without a `user:password@` part. Credentials in a URL leak wherever the URL is stored,
 * logged or served, so coopnews keeps none: feed, page and webhook URLs are stripped when they
 * come in. A string that is not an absolute URL is returned as it is.
 */
export function stripCredentials(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.username === '' && url.password === '') return href;
  url.username = '';
  url.password = '';
  return url.href;
}

/** True when `href` carries a user name or password. */
export function hasCredentials(href: string): boolean {
  try {
    const url = new URL(href);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}
