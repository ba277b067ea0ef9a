// The JSON API, same origin only. Errors come back as {"error": {"code", "message"}}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function getJSON(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const qs = query.toString();
  const response = await fetch(path + (qs ? `?${qs}` : ""), { headers: { accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const err = (body && body.error) || {};
    throw new ApiError(response.status, err.code || "error", err.message || `HTTP ${response.status}`);
  }
  return body;
}

// The current page's query string as an object (filters of the forms live in the address).
export function pageParams(names) {
  const url = new URLSearchParams(window.location.search);
  const out = {};
  for (const name of names) {
    const value = url.get(name);
    if (value) out[name] = value;
  }
  return out;
}
