// Calls the product's HTTP API as a client would: JSON (or a form) in, JSON out, a clear error otherwise.

export async function callApi<T>(
  base: string,
  method: string,
  route: string,
  token: string | null,
  body?: object | FormData,
): Promise<T> {
  const response = await fetch(new URL(route, base), {
    method,
    headers: {
      ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body ? { body: body instanceof FormData ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
