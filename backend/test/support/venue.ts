// The venue answering artists' requests, for tests whose subject is something else (a sale, a ticket, a
// gallery's hanging): an admin of the venue approves through the API, as staff would on the /venue page.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expect } from 'vitest';
import { type Show, showSchema, venueRequestsSchema } from '../../src/contract.ts';
import { makePerson } from './people.ts';

const venueAdmin = (app: NestFastifyApplication) => makePerson(app, 'Venue admin', { roles: ['admin'] });

/** The venue approves a show request: its tickets go on sale, and it holds the stage's door. */
export async function approveShow(app: NestFastifyApplication, showId: string): Promise<void> {
  const { headers } = await venueAdmin(app);
  const response = await app.inject({ method: 'POST', url: `/api/venue/shows/${showId}/approve`, headers });
  expect(response.statusCode, response.body).toBe(200);
}

/**
 * The venue hangs a requested exhibition now (for four weeks), taking down first any dated exhibition of the
 * same gallery in its way, as staff would to make room.
 */
export async function hangNow(app: NestFastifyApplication, exhibitionId: string): Promise<void> {
  const { headers } = await venueAdmin(app);
  const requests = await app.inject({ method: 'GET', url: '/api/venue/requests', headers });
  const { exhibitions, scheduled } = venueRequestsSchema.parse(requests.json());
  const space = exhibitions.find((exhibition) => exhibition.id === exhibitionId)?.space.slug;
  expect(space, `exhibition ${exhibitionId} is not waiting for an answer`).toBeDefined();
  for (const inTheWay of scheduled.filter((run) => run.space.slug === space && run.closesAt !== null)) {
    const down = await app.inject({
      method: 'POST',
      url: `/api/venue/exhibitions/${inTheWay.id}/take-down`,
      headers,
    });
    expect(down.statusCode, down.body).toBe(200);
  }
  const approved = await app.inject({
    method: 'POST',
    url: `/api/venue/exhibitions/${exhibitionId}/approve`,
    payload: {},
    headers,
  });
  expect(approved.statusCode, approved.body).toBe(200);
}

/** A show `performer` books on the main stage (30 minutes, in USD) and the venue approves; its reply. */
export async function bookApprovedShow(
  app: NestFastifyApplication,
  performer: { headers: Record<string, string> },
  show: { title: string; priceMinor: number; capacity: number; startsInMs: number },
): Promise<Show> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/shows',
    headers: performer.headers,
    payload: {
      space: 'main-stage',
      title: show.title,
      startsAt: new Date(Date.now() + show.startsInMs).toISOString(),
      durationMinutes: 30,
      capacity: show.capacity,
      priceMinor: show.priceMinor,
      currency: 'usd',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const booked = showSchema.parse(created.json());
  await approveShow(app, booked.id);
  return booked;
}
