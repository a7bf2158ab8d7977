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

/** `scheme://user:password@` anywhere in a text; user info cannot hold `/ ? #` or white space. */
const USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]*@/gi;

/** `text` with the `user:password@` of every URL in it removed (URLs inside messages and quotes too). */
export function stripCredentialsInText(text: string): string {
  if (!text.includes('@') || !text.includes('://')) return text;
  return text.replace(USER_INFO, '$1');
}

/**
 * `value` with credentials removed from every URL in every string, at any depth of arrays and
 * plain objects; what has none is returned as it is (no copy). Served output passes through
 * this, so URLs stored before ingestion stripped them, or written by another path, never leave.
 */
export function withoutCredentials<T>(value: T): T {
  if (typeof value === 'string') return stripCredentialsInText(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((v: unknown, i) => {
      const c = withoutCredentials(v);
      if (c !== v) (out ??= [...value])[i] = c;
    });
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const obj = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(obj)) {
      const c = withoutCredentials(v);
      if (c !== v) (out ??= { ...obj })[k] = c;
    }
    return (out ?? value) as T;
  }
  return value;
}
