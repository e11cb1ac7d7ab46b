import { describe, expect, it } from 'vitest';
import { createMatchmakeGate, MAX_MATCHMAKE_BODY_BYTES, originAllowed } from './matchmake-gate.ts';

const seatRequest = (address: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path: '/matchmake/joinOrCreate/gallery',
  headers: { host: 'venue.test:8080', 'content-length': '120', ...headers },
  address,
});

describe('the matchmake gate', () => {
  it("knows the page's own origin by the Host it asked, and the operator's list", () => {
    expect(originAllowed('http://venue.test:8080', 'venue.test:8080', [])).toBe(true);
    expect(originAllowed('https://venue.test:8080', 'venue.test:8080', [])).toBe(true);
    expect(originAllowed('http://venue.test', 'venue.test:8080', [])).toBe(false);
    expect(originAllowed('http://venue.test.evil.example', 'venue.test', [])).toBe(false);
    expect(originAllowed('null', 'venue.test', [])).toBe(false);
    expect(originAllowed('https://app.example', 'venue.test', ['https://app.example'])).toBe(true);
  });

  it('wants a stated length no larger than join options need', () => {
    const gate = createMatchmakeGate({ allowedOrigins: [], seatRate: { perSecond: 1, burst: 100 } });
    const judge = (length: string | undefined) => {
      const { headers, ...request } = seatRequest('10.0.0.1');
      const verdict = gate.judge({ ...request, headers: { ...headers, 'content-length': length } }, 0);
      return verdict.pass ? 200 : verdict.status;
    };
    expect(judge(String(MAX_MATCHMAKE_BODY_BYTES))).toBe(200);
    expect(judge(String(MAX_MATCHMAKE_BODY_BYTES + 1))).toBe(413);
    expect(judge(undefined)).toBe(411);
    expect(judge('12, 12')).toBe(411);
  });

  it('counts seats per address, refills with time, and forgets the longest-quiet first', () => {
    const gate = createMatchmakeGate({ allowedOrigins: [], seatRate: { perSecond: 1, burst: 2 } });
    const passes = (address: string, now: number) => gate.judge(seatRequest(address), now).pass;
    expect([passes('a', 0), passes('a', 0), passes('a', 0)]).toEqual([true, true, false]);
    expect(passes('b', 0)).toBe(true); // another address has its own
    expect(passes('a', 1000)).toBe(true); // a second later, one more
    const refused = gate.judge(seatRequest('a', {}), 1000);
    expect(refused).toMatchObject({ pass: false, status: 429, headers: { 'Retry-After': '1' } });
    // Ten thousand other addresses later, 'a' is forgotten: it starts again with a full burst.
    for (let i = 0; i < 10_000; i++) passes(`x${i}`, 1000);
    expect([passes('a', 1000), passes('a', 1000)]).toEqual([true, true]);
  });

  it('refuses a foreign page before anything else, and answers an allowed one with CORS', () => {
    const gate = createMatchmakeGate({ allowedOrigins: [], seatRate: { perSecond: 1, burst: 5 } });
    expect(gate.judge(seatRequest('c', { origin: 'https://evil.example' }), 0)).toMatchObject({
      pass: false,
      status: 403,
    });
    expect(gate.judge(seatRequest('c', { origin: 'http://venue.test:8080' }), 0)).toMatchObject({
      pass: true,
      cors: { 'Access-Control-Allow-Origin': 'http://venue.test:8080' },
    });
    // A client that is no browser sends no Origin, and gets no CORS headers.
    expect(gate.judge(seatRequest('c'), 0)).toEqual({ pass: true, cors: {} });
  });
});
