// The demo that shows everything, for someone trying the venue on `npm start`: three accounts with a known
// password (an artist, an instructor and the venue's admin) and what each can try at once: the artist's
// portfolio and works for sale (prints free, so a purchase works without Stripe), an exhibition waiting for
// the venue's answer, a show on the stage tomorrow evening with a running order, and a course with each kind
// of lesson and a workshop in the classroom. Seeded once (the artist's account marks it), only ever adding
// rows: a venue's own data is never touched. Off unless asked for (see scripts/config.ts, DEMO).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { hashPassword } from '../accounts/passwords.ts';
import { COURSE_PLACES } from '../education/courses.service.ts';
import type { PrismaClient, UserRole } from '../generated/prisma/client.ts';
import {
  COMMISSION_BPS,
  DEFAULT_COURSE_SHARE_BPS,
  DEFAULT_TICKET_SHARE_BPS,
} from '../marketplace/pricing.ts';

/** The demo accounts' password: known, so never seeded into a venue that did not ask for the demo. */
export const DEMO_PASSWORD = 'try the venue';

export const DEMO_ACCOUNTS = {
  artist: { email: 'artist@demo.prostudio.example', displayName: 'Mira Sol', roles: ['member', 'artist'] },
  instructor: {
    email: 'instructor@demo.prostudio.example',
    displayName: 'Theo Lark',
    roles: ['member', 'instructor'],
  },
  admin: { email: 'admin@demo.prostudio.example', displayName: 'Vera Quist', roles: ['member', 'admin'] },
} as const satisfies Record<string, { email: string; displayName: string; roles: UserRole[] }>;

const demoCatalogueSchema = z.array(
  z.object({
    slug: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int(),
    medium: z.string(),
    description: z.string(),
    tags: z.array(z.string()),
    dimensions: z.string(),
    file: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
);

// Taken inside the seeding transaction so two processes starting at once seed once (as seed.ts does).
const DEMO_LOCK_KEY = 72707371;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `days` from `now` at `hour` o'clock (the server's time zone), to the minute. */
function dayAt(now: Date, days: number, hour: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  date.setHours(hour, 0, 0, 0);
  return date;
}

/**
 * Seeds the demo once: returns whether it did (false when its artist's account exists already, or when the
 * venue's spaces are not the demo venue's).
 */
export async function seedDemo(
  prisma: PrismaClient,
  artworksDir: string,
  now = new Date(),
): Promise<boolean> {
  const emails = Object.values(DEMO_ACCOUNTS).map((account) => account.email);
  const seededAlready = () => prisma.user.count({ where: { email: { in: emails } } }).then((n) => n > 0);
  // Every start after the first stops here, before hashing a password or reading the catalogue.
  if (await seededAlready()) return false;
  const works = demoCatalogueSchema.parse(
    JSON.parse(await readFile(path.join(artworksDir, 'demo', 'catalogue.json'), 'utf8')),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_LOCK_KEY})`;
    // Checked again under the lock: another process may have seeded meanwhile.
    if ((await tx.user.count({ where: { email: { in: emails } } })) > 0) return false;
    const spaces = await tx.space.findMany({
      where: { slug: { in: ['main-gallery', 'main-stage', 'studio-classroom'] } },
      select: { id: true, slug: true },
    });
    const space = (slug: string) => spaces.find((found) => found.slug === slug)?.id;
    const [gallery, stage, classroom] = [
      space('main-gallery'),
      space('main-stage'),
      space('studio-classroom'),
    ];
    if (!gallery || !stage || !classroom) return false;

    const user = (account: (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS]) =>
      tx.user.create({
        data: {
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          roles: [...account.roles],
        },
      });
    const artistUser = await user(DEMO_ACCOUNTS.artist);
    const instructor = await user(DEMO_ACCOUNTS.instructor);
    await user(DEMO_ACCOUNTS.admin);

    // The artist: a portfolio of four works, prints of each (free), one original for sale and commissions.
    const artist = await tx.artist.create({
      data: {
        userId: artistUser.id,
        name: DEMO_ACCOUNTS.artist.displayName,
        bio: 'Mira Sol draws with rules and lets chance finish the work. (A demo artist: sign in as her to try the studio.)',
        links: ['https://example.org/mira-sol'],
      },
    });
    const artworks = [];
    for (const work of works) {
      artworks.push(
        await tx.artwork.create({
          data: {
            artistId: artist.id,
            title: work.title,
            year: work.year,
            medium: work.medium,
            description: work.description,
            tags: work.tags,
            dimensions: work.dimensions,
            imagePath: `/assets/artworks/demo/${work.file}`,
            width: work.width,
            height: work.height,
          },
        }),
      );
    }
    const listing = (
      kind: 'original' | 'print' | 'commission',
      title: string,
      edition: number,
      priceMinor: number,
      artworkId?: string,
    ) =>
      tx.listing.create({
        data: {
          sellerId: artistUser.id,
          kind,
          title,
          edition,
          priceMinor,
          currency: 'usd',
          feeBps: COMMISSION_BPS[kind],
          ...(artworkId ? { artworkId } : {}),
        },
      });
    for (const artwork of artworks) await listing('print', `${artwork.title}, print`, 25, 0, artwork.id);
    const [first] = artworks;
    if (first) await listing('original', `${first.title}, the original`, 1, 48_000, first.id);
    await listing('commission', 'A generative portrait of your city', 3, 0);

    // An exhibition of hers, waiting for the venue's answer (the admin's to give).
    await tx.exhibition.create({
      data: {
        spaceId: gallery,
        artistId: artist.id,
        title: 'Slow Machines',
        text: 'Four works in which a rule is set going and left alone.',
        status: 'pending',
        opensAt: dayAt(now, 7, 10),
        closesAt: dayAt(now, 35, 18),
        works: {
          create: artworks.map((artwork, position) => ({ artworkId: artwork.id, position })),
        },
      },
    });

    // A show of hers tomorrow evening, approved, free, with a running order.
    const startsAt = dayAt(now, 1, 20);
    await tx.show.create({
      data: {
        spaceId: stage,
        performerId: artistUser.id,
        title: 'Signals at Dusk',
        description: 'Live drawing to music: the audience’s applause turns up the lights.',
        startsAt,
        endsAt: new Date(startsAt.getTime() + HOUR),
        status: 'approved',
        reviewedAt: now,
        acts: [
          { title: 'Doors and warm-up', lights: 'warm', screen: 'Signals at Dusk' },
          { title: 'First signal', lights: 'cool' },
          { title: 'Crowd in colour', lights: 'party', screen: 'Make some noise' },
          { title: 'Last light', lights: 'spot' },
        ],
        listing: {
          create: {
            sellerId: artistUser.id,
            kind: 'ticket',
            title: 'Ticket: Signals at Dusk',
            edition: 200,
            priceMinor: 0,
            currency: 'usd',
            feeBps: DEFAULT_TICKET_SHARE_BPS,
          },
        },
      },
    });

    // The instructor's course: one module with a lesson of each kind, and a workshop in the classroom.
    const workshopStarts = dayAt(now, 2, 17);
    await tx.course.create({
      data: {
        instructorId: instructor.id,
        title: 'Drawing with Code',
        summary: 'From one rule to a finished print, in four lessons and a live workshop.',
        discipline: 'generative art',
        level: 'beginner',
        status: 'published',
        publishedAt: now,
        listing: {
          create: {
            sellerId: instructor.id,
            kind: 'course',
            title: 'Drawing with Code',
            edition: COURSE_PLACES,
            priceMinor: 0,
            currency: 'usd',
            feeBps: DEFAULT_COURSE_SHARE_BPS,
          },
        },
        modules: {
          create: [
            {
              title: 'A rule, and chance',
              position: 0,
              lessons: {
                create: [
                  {
                    title: 'Why rules?',
                    position: 0,
                    kind: 'text',
                    body: '## A rule is a drawing waiting to happen\n\nWrite one sentence a machine could follow, such as *draw a line, turn a little, repeat*. Then let **chance** choose how little.\n\n- Keep the rule short.\n- Change one number at a time.',
                  },
                  {
                    title: 'Watching a rule draw',
                    position: 1,
                    kind: 'video',
                    videoUrl: '/assets/lessons/drawing-with-code.webm',
                    durationSeconds: 12,
                    chapters: [
                      { title: 'The rule', at: 0 },
                      { title: 'Chance', at: 4 },
                      { title: 'The print', at: 8 },
                    ],
                  },
                  {
                    title: 'Your first rule',
                    position: 2,
                    kind: 'exercise',
                    body: 'Write a rule of at most three steps, draw what it makes (by hand or in code), and hand in a picture with the rule beside it.',
                  },
                  {
                    title: 'Live: rules together',
                    position: 3,
                    kind: 'workshop',
                    required: false,
                    workshop: {
                      create: {
                        spaceId: classroom,
                        startsAt: workshopStarts,
                        endsAt: new Date(workshopStarts.getTime() + 1.5 * HOUR),
                        capacity: 30,
                      },
                    },
                  },
                ],
              },
            },
          ],
        },
      },
    });
    return true;
  });
}
