// Talking to the api: JSON reads, authorized writes, query strings.
import { h } from './dom.js';

const TOKEN_KEY = 'coopnews.token';

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** A query string from an object; empty values are left out. Starts with "?" unless empty. */
export function queryString(params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    q.set(key, value === true ? 'true' : String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function readBody(res) {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function failure(res, body) {
  const detail = body && typeof body === 'object' ? (body.message ?? body.error?.message ?? body.error ?? '') : (body ?? '');
  return new ApiError(res.status, `${res.status} ${res.statusText}${detail ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`, body);
}

/**
 * GET a JSON resource; throws ApiError on a non-2xx answer. When the api wants a token for
 * reads (READS_NEED_TOKEN) and refuses with 401, asks for it once and tries again.
 */
export async function getJson(path, params, { signal } = {}) {
  for (let attempt = 0; ; attempt++) {
    const headers = { accept: 'application/json' };
    const token = getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(path + queryString(params), { headers, signal });
    const body = await readBody(res);
    if (res.status === 401 && attempt === 0 && !signal?.aborted) {
      if (token) forgetToken();
      if (await askToken()) continue;
    }
    if (!res.ok) throw failure(res, body);
    return body;
  }
}

/**
 * A write with the bearer token. Asks for the token when none is kept yet, and once more
 * when the api refuses it (401).
 */
export async function write(method, path, body) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = getToken() ?? (await askToken());
    if (!token) throw new ApiError(401, 'An API token is needed for this action.');
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const answer = await readBody(res);
    // 401: no or wrong token, ask again; 403: the api refuses writes whatever the token.
    if (res.status === 401 && attempt === 0) {
      forgetToken();
      continue;
    }
    if (!res.ok) throw failure(res, answer);
    return answer;
  }
  throw new ApiError(401, 'The API token was refused.');
}

export const post = (path, body = {}) => write('POST', path, body);
export const del = (path) => write('DELETE', path);

export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  document.dispatchEvent(new CustomEvent('coopnews:token'));
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  document.dispatchEvent(new CustomEvent('coopnews:token'));
}

let pending = null;

/** Shows a small dialog asking for the API token; resolves to the token, or null if cancelled. */
export function askToken() {
  if (pending) return pending;
  pending = new Promise((resolve) => {
    const input = h('input', { id: 'token-input', name: 'token', type: 'password', autocomplete: 'off', required: true });
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const form = h(
      'form',
      { method: 'dialog', class: 'stack' },
      h('h2', {}, 'API token'),
      h('p', {}, 'Changes need the API token. It is kept in this browser tab only (session storage).'),
      h('label', { for: 'token-input' }, 'Token'),
      input,
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save token'), cancel),
    );
    const dialog = h('dialog', { class: 'token-dialog', 'aria-labelledby': 'token-title' }, form);
    form.querySelector('h2').id = 'token-title';
    let value = null;
    form.addEventListener('submit', () => {
      value = input.value.trim() || null;
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (value) setToken(value);
      pending = null;
      resolve(value);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
  return pending;
}
