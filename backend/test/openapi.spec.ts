import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../src/api.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();

describe('the OpenAPI document', () => {
  it('describes exactly the API routes the server has', async () => {
    const document = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    const served = [
      ...new Set(
        apiRoutes(api.app)
          .filter(
            (route) =>
              route.url.startsWith('/api/') &&
              !route.url.startsWith('/api/docs') &&
              route.url !== '/api/openapi.json',
          )
          .filter((route) => route.method !== 'head' && route.method !== 'options')
          .map((route) => `${route.method} ${route.url}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
  });

  it('gives request bodies the same rules the routes enforce', async () => {
    const document = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const signUp = document.paths['/api/auth/sign-up'].post.requestBody.content['application/json'].schema;
    expect(signUp.required).toEqual(expect.arrayContaining(['email', 'password', 'displayName']));
    expect(signUp.properties.password.minLength).toBe(10);
  });

  it('has a docs page', async () => {
    const page = await api.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('ProStudio API');
  });
});
