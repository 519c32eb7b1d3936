// The page talks to the same API as every other client: it exchanges the password for a sign-in token once and
// sends that token with every request, and it reads the live views as server-sent events over fetch (EventSource
// cannot send an Authorization header).
const TOKEN_KEY = 'propcare.session';
const HEARTBEAT_GRACE_MS = 40000;
const MAX_BACKOFF_MS = 30000;
// tells the server not to answer a failed sign-in with a Basic challenge (the browser's own password dialog)
const PAGE = { 'X-Requested-With': 'XMLHttpRequest' };

let onSignedOut = () => {};

export class HttpError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function whenSignedOut(callback) {
  onSignedOut = callback;
}

export function session() {
  const stored = sessionStorage.getItem(TOKEN_KEY);
  if (!stored) {
    return null;
  }
  const value = JSON.parse(stored);
  return new Date(value.expiresAt) > new Date() ? value : null;
}

export async function signIn(user, password) {
  const response = await fetch('/api/session', {
    method: 'POST',
    headers: { ...PAGE, Authorization: 'Basic ' + btoa(unescape(encodeURIComponent(`${user}:${password}`))), Accept: 'application/json' }
  });
  if (!response.ok) {
    throw new HttpError(response.status, await problemOf(response));
  }
  const signedIn = await response.json();
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify(signedIn));
  return signedIn;
}

export function signOut() {
  const current = session();
  sessionStorage.removeItem(TOKEN_KEY);
  if (current) {
    // ends the token on the server as well, for every instance; a token that expired already needs nothing
    fetch('/api/session', { method: 'DELETE', headers: { ...PAGE, Authorization: `Bearer ${current.token}` } })
      .catch(() => {});
  }
}

function authorization() {
  const current = session();
  return current ? `Bearer ${current.token}` : '';
}

function expired() {
  signOut();
  onSignedOut(true);
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (notJson) {
    return null;
  }
}

export async function get(path, headers = {}) {
  const response = await fetch(path, { headers: { ...PAGE, ...headers, Authorization: authorization(), Accept: 'application/json' } });
  if (response.status === 401) {
    expired();
  }
  if (!response.ok) {
    throw new HttpError(response.status, await problemOf(response));
  }
  return response.json();
}

/** Sends a command; answers its status and body (a problem when refused) instead of throwing on a refusal. */
export async function send(method, path, body, headers = {}) {
  const response = await fetch(path, {
    method, body: JSON.stringify(body),
    headers: { ...PAGE, ...headers, Authorization: authorization(), Accept: 'application/json', 'Content-Type': 'application/json' }
  });
  if (response.status === 401) {
    expired();
  }
  const text = await response.text();
  let answer = null;
  try {
    answer = text ? JSON.parse(text) : null;
  } catch (notJson) {
    answer = { detail: text };
  }
  return { ok: response.ok, status: response.status, body: answer, logPosition: response.headers.get('Log-Position') };
}

/** A document that is not JSON (the printable survey report), as a blob to show in its own tab. */
export async function getBlob(path, accept) {
  const response = await fetch(path, { headers: { ...PAGE, Authorization: authorization(), Accept: accept } });
  if (response.status === 401) {
    expired();
  }
  if (!response.ok) {
    throw new HttpError(response.status, await problemOf(response));
  }
  return response.blob();
}

/**
 * Follows an SSE endpoint: onData with every event's JSON, onState with 'connecting', 'live' or 'lost'. A dropped
 * or silent connection (no heartbeat within the grace) is reopened with a growing pause; the server sends the
 * current figures first on every connection, so nothing is missed. Returns the function that stops following.
 */
export function follow(path, onData, onState) {
  let stopped = false;
  let controller = null;
  let failures = 0;

  async function connectOnce() {
    controller = new AbortController();
    let watchdog = setTimeout(() => controller.abort(), HEARTBEAT_GRACE_MS);
    const alive = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => controller.abort(), HEARTBEAT_GRACE_MS);
    };
    try {
      const response = await fetch(path, {
        headers: { ...PAGE, Authorization: authorization(), Accept: 'text/event-stream' }, signal: controller.signal, cache: 'no-store'
      });
      if (response.status === 401) {
        stopped = true;
        expired();
        return;
      }
      if (!response.ok) {
        throw new HttpError(response.status, await problemOf(response));
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          return;
        }
        alive();
        buffer += value.replaceAll('\r\n', '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.substring(0, end);
          buffer = buffer.substring(end + 2);
          const data = block.split('\n').filter(line => line.startsWith('data:'))
                            .map(line => line.substring(5).replace(/^ /, '')).join('\n');
          if (data) {
            failures = 0;
            onState('live');
            onData(JSON.parse(data));
          }
        }
      }
    } finally {
      clearTimeout(watchdog);
    }
  }

  (async () => {
    onState('connecting');
    while (!stopped) {
      try {
        await connectOnce();
      } catch (dropped) {
        // reconnect below
      }
      if (stopped) {
        return;
      }
      failures++;
      onState('lost');
      await new Promise(resolve => setTimeout(resolve, Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(failures, 6))));
    }
  })();

  return () => {
    stopped = true;
    controller?.abort();
  };
}
