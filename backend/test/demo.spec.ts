// The demo `npm start` seeds for a newcomer: three accounts with the known password, each with something to
// try straight away; seeded once however often (or however many processes) start; never over a real account.
import { PrismaPg } from '@prisma/adapter-pg';
import { describe, expect, it } from 'vitest';
import { type Course, courseSchema, type Show, venueRequestsSchema } from '../src/contract.ts';
import { prepareDatabase } from '../src/database/database.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/database/demo.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { createTestDatabase } from '../src/testing/test-database.ts';
import { ARTWORKS_DIR, useTestApi } from './support/test-api.ts';

const api = useTestApi();

type Method = 'GET' | 'POST';
async function call<T>(method: Method, url: string, token?: string, payload?: object): Promise<T> {
  const response = await api.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

const signIn = async (email: string) =>
  (
    await call<{ accessToken: string }>('POST', '/api/auth/sign-in', undefined, {
      email,
      password: DEMO_PASSWORD,
    })
  ).accessToken;

describe('the demo', () => {
  it('is not seeded unless asked for', async () => {
    const prisma = api.app.get(PrismaService);
    expect(await prisma.user.count({ where: { email: DEMO_ACCOUNTS.artist.email } })).toBe(0);
  });

  it('is seeded once, however many processes start at once', async () => {
    const results = await Promise.all(
      [0, 1, 2].map(() => prepareDatabase(api.database.url, ARTWORKS_DIR, { demo: true })),
    );
    expect(results.map((result) => result.demoSeeded).sort()).toEqual([false, false, true]);
    expect((await prepareDatabase(api.database.url, ARTWORKS_DIR, { demo: true })).demoSeeded).toBe(false);
  });

  it('gives the artist a portfolio with free prints anyone can take, an exhibition and a show', async () => {
    const artist = await signIn(DEMO_ACCOUNTS.artist.email);
    const me = await call<{ id: string; roles: string[] }>('GET', '/api/me', artist);
    const shows = await call<Show[]>('GET', '/api/shows/mine', artist);
    expect(shows).toMatchObject([{ title: 'Signals at Dusk', status: 'approved', priceMinor: 0 }]);
    expect(shows[0]?.acts.length).toBeGreaterThan(1);
    const upcoming = await call<Show[]>('GET', '/api/shows?space=main-stage');
    expect(upcoming.map((show) => show.title)).toEqual(['Signals at Dusk']);
    expect(
      await call<{ title: string; status: string }[]>('GET', '/api/exhibitions/mine', artist),
    ).toMatchObject([{ title: 'Slow Machines', status: 'pending' }]);

    const listings = await call<{ id: string; kind: string; priceMinor: number; seller: { id: string } }[]>(
      'GET',
      '/api/listings',
    );
    const hers = listings.filter((listing) => listing.seller.id === me.id);
    const print = hers.find((listing) => listing.kind === 'print' && listing.priceMinor === 0);
    expect(hers.some((listing) => listing.kind === 'original' && listing.priceMinor > 0)).toBe(true);
    // A purchase works without Stripe: a new visitor takes a free print.
    const buyer = await call<{ accessToken: string }>('POST', '/api/auth/sign-up', undefined, {
      email: 'first-visitor@example.org',
      password: 'a long enough password',
      displayName: 'First Visitor',
    });
    const order = await call<{ status: string }>('POST', '/api/orders', buyer.accessToken, {
      listingId: print?.id,
    });
    expect(order.status).toBe('paid');
  });

  it('gives the instructor a published course with a lesson of each kind and a workshop', async () => {
    const courses = await call<Course[]>('GET', '/api/courses');
    const demo = courses.find((course) => course.title === 'Drawing with Code');
    const course = courseSchema.parse(await call('GET', `/api/courses/${demo?.id ?? ''}`));
    const lessons = course.modules.flatMap((module) => module.lessons);
    expect(new Set(lessons.map((lesson) => lesson.kind))).toEqual(
      new Set(['text', 'video', 'exercise', 'workshop']),
    );
    expect(lessons.find((lesson) => lesson.kind === 'workshop')?.workshop?.space).toBe('studio-classroom');
    expect(course.instructor.name).toBe(DEMO_ACCOUNTS.instructor.displayName);
  });

  it('gives the admin the venue: the artist’s exhibition waits for their answer', async () => {
    const admin = await signIn(DEMO_ACCOUNTS.admin.email);
    const requests = venueRequestsSchema.parse(await call('GET', '/api/venue/requests', admin));
    expect(requests.exhibitions.map((exhibition) => exhibition.title)).toContain('Slow Machines');
  });

  it('never takes over an account someone made with a demo address', async () => {
    const database = await createTestDatabase();
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      await prepareDatabase(database.url, ARTWORKS_DIR);
      await prisma.user.create({
        data: { email: DEMO_ACCOUNTS.admin.email, displayName: 'Not a demo', passwordHash: 'theirs' },
      });
      expect((await prepareDatabase(database.url, ARTWORKS_DIR, { demo: true })).demoSeeded).toBe(false);
      const account = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } });
      expect(account).toMatchObject({ displayName: 'Not a demo', passwordHash: 'theirs', roles: ['member'] });
      expect(await prisma.user.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
      await database.drop();
    }
  });
});
