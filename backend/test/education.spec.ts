// A student's whole path through a paid course, with real parts: Stripe's wire format for the payment, a real
// world server and classroom room for the live workshop (its attendance reported back to the API), and the
// certificate verified publicly, then revoked. Also mentors and community challenges.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@colyseus/sdk';
import { startWorldServer, type WorldServer } from '@prostudio/world-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitRecorder } from '../src/api.ts';
import {
  certificateSchema,
  courseSchema,
  learningSchema,
  lessonSchema,
  orderSchema,
  submissionSchema,
} from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makeArtwork, makePerson, type Person } from './support/people.ts';
import { usePayingApi } from './support/paying-api.ts';
import { TEST_WORLD_SECRET } from './support/test-api.ts';

let http: Server;
let world: WorldServer;
let worldUrl = '';
const { api, stripe: localStripe, deliver } = usePayingApi();
// The world server, as `npm start` wires it: every stay in a room goes to the API when it ends.
beforeAll(async () => {
  http = createServer();
  world = await startWorldServer({
    httpServer: http,
    tokenSecret: TEST_WORLD_SECRET,
    onVisit: visitRecorder(api.app),
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  worldUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await world.stop();
  http.close();
});
const prisma = () => api.app.get(PrismaService);

const send = async (method: 'GET' | 'POST' | 'PUT', url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function ok<T = Record<string, unknown>>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  who?: Person,
  payload?: object,
): Promise<T> {
  const response = await send(method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

/** A second of silence as a WAV file (an exercise's audio answer). */
function wav(): Buffer {
  const samples = 8000;
  const out = Buffer.alloc(44 + samples);
  out.write('RIFF', 0);
  out.writeUInt32LE(36 + samples, 4);
  out.write('WAVEfmt ', 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(8000, 24);
  out.writeUInt32LE(8000, 28);
  out.writeUInt16LE(1, 32);
  out.writeUInt16LE(8, 34);
  out.write('data', 36);
  out.writeUInt32LE(samples, 40);
  out.fill(128, 44);
  return out;
}

async function uploadAudio(who: Person): Promise<string> {
  const boundary = '----audio';
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/media',
    headers: { ...who.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="take.wav"\r\n\r\n`,
      ),
      wav(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  expect(response.statusCode, response.body).toBe(201);
  expect(response.json()).toMatchObject({ kind: 'audio', contentType: 'audio/wav' });
  return response.json<{ id: string }>().id;
}

const until = async (check: () => Promise<boolean>, what: string, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('a student’s path through a paid course', () => {
  it('enrolls, learns, attends a live workshop in the classroom, earns a certificate that anyone can verify', async () => {
    const teacher = await makePerson(api.app, 'Iris Vega', { roles: ['instructor'] });
    await ok('POST', '/api/payouts/onboarding', teacher);
    const account = await prisma().payoutAccount.findUniqueOrThrow({ where: { userId: teacher.id } });
    await deliver(localStripe().completeOnboarding(account.stripeAccountId));

    // The instructor builds the course.
    const course = courseSchema.parse(
      await ok('POST', '/api/courses', teacher, {
        title: 'Figure Drawing',
        summary: 'From gesture to form.',
        discipline: 'Drawing',
        level: 'beginner',
      }),
    );
    const withModules = courseSchema.parse(
      await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'Looking' }),
    );
    const moduleId = withModules.modules[0]?.id ?? '';
    await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
      kind: 'video',
      title: 'Gesture',
      videoUrl: 'https://videos.example.org/gesture.mp4',
      durationSeconds: 120,
      chapters: [
        { title: 'Warm up', at: 0 },
        { title: 'Lines of action', at: 45 },
      ],
    });
    await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
      kind: 'text',
      title: 'Proportions',
      body: '## Heads\nA figure is **seven and a half** heads tall.\n\n<script>alert(1)</script>',
    });
    await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
      kind: 'exercise',
      title: 'Hum the pose',
      body: 'Record a short sound that fits a pose.',
    });
    await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
      kind: 'text',
      title: 'Further reading',
      body: 'Optional.',
      required: false,
    });
    const full = courseSchema.parse(
      await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
        kind: 'workshop',
        title: 'Live session',
        space: 'studio-classroom',
        startsAt: new Date().toISOString(),
        durationMinutes: 10,
        capacity: 12,
      }),
    );
    const [video, text, exercise, optional, workshop] = full.modules[0]?.lessons ?? [];
    if (!video || !text || !exercise || !optional || !workshop) throw new Error('lessons missing');
    expect(workshop.workshop).toMatchObject({ space: 'studio-classroom', capacity: 12 });
    const published = courseSchema.parse(
      await ok('POST', `/api/courses/${course.id}/publish`, teacher, { priceMinor: 12_000, currency: 'usd' }),
    );
    expect(published).toMatchObject({ status: 'published', priceMinor: 12_000 });

    // The student buys a place: Stripe Checkout, then the webhook.
    const student = await makePerson(api.app, 'Noor Haddad');
    expect((await send('GET', `/api/lessons/${video.id}`, student)).statusCode).toBe(403);
    const order = orderSchema.parse(
      await ok('POST', '/api/orders', student, { listingId: published.listingId }),
    );
    const row = await prisma().order.findUniqueOrThrow({ where: { id: order.id } });
    for (const event of localStripe().pay(row.checkoutSessionId ?? '')) await deliver(event);
    const ledger = await prisma().ledgerEntry.findMany({ where: { orderId: order.id, kind: 'sale' } });
    expect(Object.fromEntries(ledger.map((line) => [line.account.split(':')[0], line.amountMinor]))).toEqual({
      customer: -12_000,
      platform: 3_600,
      seller: 8_400,
    });
    let learning = learningSchema.parse(await ok('GET', '/api/me/learning', student));
    expect(learning).toMatchObject([
      { course: { title: 'Figure Drawing' }, progress: 0, next: { title: 'Gesture' } },
    ]);

    // A video resumes where it was left, and never loses progress.
    await ok('PUT', `/api/lessons/${video.id}/progress`, student, { positionSeconds: 60 });
    await ok('PUT', `/api/lessons/${video.id}/progress`, student, { positionSeconds: 30 });
    const resumed = lessonSchema.parse(await ok('GET', `/api/lessons/${video.id}`, student));
    expect(resumed.progress).toEqual({ completion: 0.5, positionSeconds: 30 });
    expect(resumed.chapters.map((chapter) => chapter.title)).toEqual(['Warm up', 'Lines of action']);
    await ok('PUT', `/api/lessons/${video.id}/progress`, student, { positionSeconds: 115 });

    // A text lesson renders safely, and is done when read.
    const reading = lessonSchema.parse(await ok('GET', `/api/lessons/${text.id}`, student));
    expect(reading.html).toContain('<strong>seven and a half</strong>');
    expect(reading.html).not.toContain('<script');
    await ok('PUT', `/api/lessons/${text.id}/progress`, student, { done: true });
    expect(
      (await send('PUT', `/api/lessons/${exercise.id}/progress`, student, { done: true })).statusCode,
    ).toBe(409);

    // The exercise: an audio answer, critiqued by the instructor.
    const mediaId = await uploadAudio(student);
    const submission = submissionSchema.parse(
      await ok('POST', `/api/lessons/${exercise.id}/submissions`, student, {
        kind: 'audio',
        mediaId,
        note: 'Pose 3',
      }),
    );
    expect(
      (
        await send('POST', `/api/submissions/${submission.id}/review`, student, {
          critique: 'Great',
          score: 1,
        })
      ).statusCode,
    ).toBe(403);
    const reviewed = submissionSchema.parse(
      await ok('POST', `/api/submissions/${submission.id}/review`, teacher, {
        critique: 'Good rhythm.',
        score: 0.8,
      }),
    );
    expect(reviewed).toMatchObject({ critique: 'Good rhythm.', score: 0.8 });
    expect(
      (await ok<{ critique: string }[]>('GET', `/api/lessons/${exercise.id}/submissions`, student))[0]
        ?.critique,
    ).toBe('Good rhythm.');
    learning = learningSchema.parse(await ok('GET', '/api/me/learning', student));
    expect(learning[0]?.next?.title).toBe('Further reading');
    expect(learning[0]?.certificate).toBeNull();

    // The live workshop, in the real classroom room. (Time runs faster here: once the student is in, the
    // workshop lasts three seconds, and they stay to its end.)
    await prisma().workshop.updateMany({
      where: { lessonId: workshop.id },
      data: { startsAt: new Date(), endsAt: new Date(Date.now() + 60_000) },
    });
    const outsider = await makePerson(api.app, 'Walk-in');
    const refused = await send('POST', '/api/world/join-token', outsider, {
      space: 'studio-classroom',
      name: 'Walk-in',
    });
    expect(refused.statusCode).toBe(403);
    const teacherToken = await ok<{ role: string }>('POST', '/api/world/join-token', teacher, {
      space: 'studio-classroom',
      name: 'Iris',
    });
    expect(teacherToken.role).toBe('instructor');
    const seat = await ok<{ token: string; role: string }>('POST', '/api/world/join-token', student, {
      space: 'studio-classroom',
      name: 'Noor',
    });
    expect(seat.role).toBe('student');
    const room = await new Client(worldUrl).joinOrCreate('classroom', {
      space: 'studio-classroom',
      token: seat.token,
    });
    const startsAt = new Date();
    const endsAt = new Date(startsAt.getTime() + 3000);
    await prisma().workshop.updateMany({ where: { lessonId: workshop.id }, data: { startsAt, endsAt } });
    await new Promise((resolve) => setTimeout(resolve, endsAt.getTime() - Date.now() + 200));
    await room.leave();
    const lessonProgress = async () =>
      lessonSchema.parse(await ok('GET', `/api/lessons/${workshop.id}`, student)).progress?.completion ?? 0;
    await until(async () => (await lessonProgress()) === 1, 'the workshop attendance');
    const attended = await prisma().attendance.aggregate({
      where: { enrollment: { userId: student.id } },
      _sum: { seconds: true },
    });
    expect(attended._sum.seconds).toBeGreaterThanOrEqual(3);

    // Every required lesson done: the certificate is issued (just after the attendance that completed the
    // course is saved), once, and verifiable by anyone.
    await until(async () => {
      learning = learningSchema.parse(await ok('GET', '/api/me/learning', student));
      return learning[0]?.certificate !== null;
    }, 'the certificate');
    expect(learning[0]?.progress).toBe(1);
    const code = learning[0]?.certificate?.code ?? '';
    expect(code).toMatch(/^PSC-/);
    const claimed = certificateSchema.parse(
      await ok('POST', `/api/courses/${course.id}/certificate`, student),
    );
    expect(claimed.code).toBe(code);
    const verified = certificateSchema.parse(await ok('GET', `/api/certificates/${code}`));
    expect(verified).toMatchObject({
      valid: true,
      student: 'Noor Haddad',
      course: 'Figure Drawing',
      instructor: 'Iris Vega',
    });
    const page = await send('GET', `/api/certificates/${code}/page`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Noor Haddad');
    const pdf = await send('GET', `/api/certificates/${code}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect(pdf.rawPayload.toString('latin1')).toContain(code);

    // Revoked, it fails verification.
    expect(
      (await send('POST', `/api/certificates/${code}/revoke`, student, { reason: 'x' })).statusCode,
    ).toBe(403);
    await ok('POST', `/api/certificates/${code}/revoke`, teacher, { reason: 'The exercise was copied.' });
    expect(certificateSchema.parse(await ok('GET', `/api/certificates/${code}`))).toMatchObject({
      valid: false,
      revokedReason: 'The exercise was copied.',
    });
    expect((await send('GET', `/api/certificates/${code}/page`)).statusCode).toBe(410);
    expect((await send('GET', `/api/certificates/${code}/pdf`)).statusCode).toBe(410);
    expect((await send('GET', '/api/certificates/PSC-0000-0000-0000')).statusCode).toBe(404);
    expect((await send('GET', '/api/certificates/not-a-code')).statusCode).toBe(400);
  });

  it('seats a workshop’s enrolled students up to its capacity, and lets the classroom be otherwise', async () => {
    const teacher = await makePerson(api.app, 'Small room', { roles: ['instructor'] });
    const course = courseSchema.parse(
      await ok('POST', '/api/courses', teacher, {
        title: 'Seminar',
        discipline: 'theory',
        level: 'advanced',
      }),
    );
    const moduleId =
      courseSchema.parse(await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'M' }))
        .modules[0]?.id ?? '';
    const startsAt = new Date(Date.now() + 10 * 60_000); // doors open: within 15 minutes of the start
    const lessonId =
      courseSchema.parse(
        await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
          kind: 'workshop',
          title: 'Seminar one',
          space: 'studio-classroom',
          startsAt: startsAt.toISOString(),
          durationMinutes: 10,
          capacity: 1,
        }),
      ).modules[0]?.lessons[0]?.id ?? '';
    const listingId = courseSchema.parse(
      await ok('POST', `/api/courses/${course.id}/publish`, teacher, { priceMinor: 0, currency: 'usd' }),
    ).listingId;
    const [first, second] = [await makePerson(api.app, 'First'), await makePerson(api.app, 'Second')];
    for (const student of [first, second]) await ok('POST', '/api/orders', student, { listingId });
    const join = (who: Person) =>
      send('POST', '/api/world/join-token', who, { space: 'studio-classroom', name: who.name });
    expect((await join(first)).statusCode).toBe(201);
    expect((await join(first)).statusCode).toBe(201); // coming back keeps the seat
    const full = await join(second);
    expect(full.statusCode).toBe(403);
    expect(full.json().message).toBe('The workshop "Seminar one" is full.');
    // After the workshop, the classroom is open again.
    await prisma().workshop.updateMany({
      where: { lessonId },
      data: { startsAt: new Date(Date.now() - 20 * 60_000), endsAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect((await join(second)).json().role).toBe('student');
  });

  it('issues one certificate for one completion, however many requests race', async () => {
    const teacher = await makePerson(api.app, 'Quick', { roles: ['instructor'] });
    const course = courseSchema.parse(
      await ok('POST', '/api/courses', teacher, {
        title: 'One lesson',
        discipline: 'ink',
        level: 'beginner',
      }),
    );
    const moduleId = courseSchema.parse(
      await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'M' }),
    ).modules[0]?.id;
    const lessonId = courseSchema.parse(
      await ok('POST', `/api/modules/${moduleId ?? ''}/lessons`, teacher, {
        kind: 'text',
        title: 'Read',
        body: 'Ink.',
      }),
    ).modules[0]?.lessons[0]?.id;
    const listingId = courseSchema.parse(
      await ok('POST', `/api/courses/${course.id}/publish`, teacher, { priceMinor: 0, currency: 'usd' }),
    ).listingId;
    const student = await makePerson(api.app, 'Racer');
    await ok('POST', '/api/orders', student, { listingId });
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () =>
        send('PUT', `/api/lessons/${lessonId ?? ''}/progress`, student, { done: true }),
      ),
      ...Array.from({ length: 10 }, () => send('POST', `/api/courses/${course.id}/certificate`, student)),
    ]);
    expect(answers.every((answer) => answer.statusCode < 300 || answer.statusCode === 409)).toBe(true);
    expect(await prisma().certificate.count({ where: { enrollment: { userId: student.id } } })).toBe(1);
    const codes = new Set(
      answers
        .slice(10)
        .filter((a) => a.statusCode === 201)
        .map((a) => a.json<{ code: string }>().code),
    );
    expect(codes.size).toBeLessThanOrEqual(1);
  });

  it('refuses malformed courses and lessons with the field named, and students building courses', async () => {
    const teacher = await makePerson(api.app, 'Strict', { roles: ['instructor'] });
    const student = await makePerson(api.app, 'Curious');
    expect(
      (await send('POST', '/api/courses', student, { title: 'Mine', discipline: 'x', level: 'beginner' }))
        .statusCode,
    ).toBe(403);
    const course = courseSchema.parse(
      await ok('POST', '/api/courses', teacher, { title: 'Rules', discipline: 'x', level: 'advanced' }),
    );
    expect(
      (
        await send('POST', `/api/courses/${course.id}/publish`, teacher, { priceMinor: 0, currency: 'usd' })
      ).json().message,
    ).toBe('Add at least one lesson before publishing.');
    const moduleId =
      courseSchema.parse(await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'M' }))
        .modules[0]?.id ?? '';
    const cases: [object, RegExp][] = [
      [{ kind: 'video', title: 'V', durationSeconds: 10 }, /^body\.videoUrl/],
      [
        { kind: 'video', title: 'V', videoUrl: 'javascript:alert(1)', durationSeconds: 10 },
        /^body\.videoUrl/,
      ],
      [{ kind: 'text', title: 'T' }, /^body\.body/],
      [{ kind: 'quiz', title: 'Q' }, /^body\.kind/],
      [
        {
          kind: 'workshop',
          title: 'W',
          space: 'main-gallery',
          startsAt: new Date().toISOString(),
          durationMinutes: 30,
          capacity: 5,
        },
        /^body\.space: workshops happen in classrooms/,
      ],
      [
        {
          kind: 'workshop',
          title: 'W',
          space: 'studio-classroom',
          startsAt: 'tomorrow',
          durationMinutes: 30,
          capacity: 5,
        },
        /^body\.startsAt/,
      ],
    ];
    for (const [payload, message] of cases) {
      const response = await send('POST', `/api/modules/${moduleId}/lessons`, teacher, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().message).toMatch(message);
    }
    expect(
      (
        await send('POST', `/api/modules/${moduleId}/lessons`, student, {
          kind: 'text',
          title: 'T',
          body: 'b',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('mentors', () => {
  it('matches by discipline and level, and mentors accept as many mentees as they have hours', async () => {
    const [ana, ben, cal] = [
      await makePerson(api.app, 'Ana'),
      await makePerson(api.app, 'Ben'),
      await makePerson(api.app, 'Cal'),
    ];
    await ok('PUT', '/api/mentors/me', ana, {
      disciplines: ['Ceramics'],
      levels: ['beginner'],
      hoursPerWeek: 1,
    });
    await ok('PUT', '/api/mentors/me', ben, {
      disciplines: ['ceramics', 'glass'],
      levels: ['advanced'],
      hoursPerWeek: 5,
    });
    await ok('PUT', '/api/mentors/me', cal, {
      disciplines: ['glass'],
      levels: ['beginner'],
      hoursPerWeek: 5,
      accepting: false,
    });
    const found = await ok<{ name: string }[]>('GET', '/api/mentors?discipline=ceramics&level=beginner', ana);
    expect(found.map((mentor) => mentor.name)).toEqual(['Ana', 'Ben']);
    expect((await send('GET', '/api/mentors?level=beginner', ana)).statusCode).toBe(400);

    const [s1, s2] = [await makePerson(api.app, 'S1'), await makePerson(api.app, 'S2')];
    const first = await ok<{ id: string }>('POST', `/api/mentors/${ana.id}/requests`, s1, {
      discipline: 'ceramics',
    });
    const second = await ok<{ id: string }>('POST', `/api/mentors/${ana.id}/requests`, s2, {
      discipline: 'ceramics',
    });
    expect(
      (await send('POST', `/api/mentors/${ana.id}/requests`, s1, { discipline: 'ceramics' })).statusCode,
    ).toBe(409);
    expect(
      (await send('POST', `/api/mentors/${cal.id}/requests`, s1, { discipline: 'ceramics' })).statusCode,
    ).toBe(409);
    expect((await send('POST', `/api/mentorships/${first.id}/accept`, s1)).statusCode).toBe(403);
    expect((await ok<{ status: string }>('POST', `/api/mentorships/${first.id}/accept`, ana)).status).toBe(
      'accepted',
    );
    const full = await send('POST', `/api/mentorships/${second.id}/accept`, ana);
    expect(full.json().message).toBe('You have no hour free for another mentee.');
    expect((await ok<{ status: string }>('POST', `/api/mentorships/${second.id}/decline`, ana)).status).toBe(
      'declined',
    );
    const mine = await ok<{ mentor: { name: string }; status: string }[]>('GET', '/api/mentorships', s1);
    expect(mine).toMatchObject([{ mentor: { name: 'Ana' }, status: 'accepted' }]);
    const after = await ok<{ name: string }[]>('GET', '/api/mentors?discipline=ceramics', s2);
    expect(after.map((mentor) => mentor.name)).toEqual(['Ben']); // Ana has no hour left
  });
});

describe('community challenges', () => {
  it('takes entries and votes until the deadline, and hangs the entries in the gallery by votes', async () => {
    const host = await makePerson(api.app, 'Host', { roles: ['instructor'] });
    const challenge = await ok<{ id: string }>('POST', '/api/challenges', host, {
      space: 'main-gallery',
      title: 'Night Light',
      brief: 'A work about light at night.',
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const artists = [
      await makePerson(api.app, 'Lumen', { artist: true }),
      await makePerson(api.app, 'Umbra', { artist: true }),
    ];
    const works = [
      await makeArtwork(api.app, artists[0] as Person, 'Lantern'),
      await makeArtwork(api.app, artists[1] as Person, 'Moon'),
    ];
    let entries: { id: string; artwork: { title: string } }[] = [];
    for (const [i, artist] of artists.entries()) {
      entries = (
        await ok<{ entries: typeof entries }>('POST', `/api/challenges/${challenge.id}/entries`, artist, {
          artworkId: works[i],
        })
      ).entries;
    }
    expect(
      (await send('POST', `/api/challenges/${challenge.id}/entries`, artists[0], { artworkId: works[0] }))
        .statusCode,
    ).toBe(409);
    const moon = entries.find((entry) => entry.artwork.title === 'Moon')?.id ?? '';
    const lantern = entries.find((entry) => entry.artwork.title === 'Lantern')?.id ?? '';
    expect(
      (await send('POST', `/api/challenges/${challenge.id}/votes`, artists[1], { entryId: moon })).statusCode,
    ).toBe(409);
    const voters = [
      await makePerson(api.app, 'V1'),
      await makePerson(api.app, 'V2'),
      await makePerson(api.app, 'V3'),
    ];
    await ok('POST', `/api/challenges/${challenge.id}/votes`, voters[0], { entryId: lantern });
    await ok('POST', `/api/challenges/${challenge.id}/votes`, voters[1], { entryId: moon });
    await ok('POST', `/api/challenges/${challenge.id}/votes`, voters[2], { entryId: lantern });
    await ok('POST', `/api/challenges/${challenge.id}/votes`, voters[0], { entryId: moon }); // changed their mind
    const tally = await ok<{ entries: { artwork: { title: string }; votes: number }[] }>(
      'GET',
      `/api/challenges/${challenge.id}`,
    );
    expect(Object.fromEntries(tally.entries.map((e) => [e.artwork.title, e.votes]))).toEqual({
      Lantern: 1,
      Moon: 2,
    });

    expect((await send('POST', `/api/challenges/${challenge.id}/hang`, artists[0])).statusCode).toBe(403);
    await ok('POST', `/api/challenges/${challenge.id}/hang`, host);
    const gallery = await ok<{ exhibition: { title: string; works: { title: string; text: string }[] } }>(
      'GET',
      '/api/spaces/main-gallery',
    );
    expect(gallery.exhibition.title).toBe('Night Light');
    expect(gallery.exhibition.works.map((work) => [work.title, work.text])).toEqual([
      ['Moon', '2 votes'],
      ['Lantern', '1 vote'],
    ]);

    await prisma().challenge.update({
      where: { id: challenge.id },
      data: { deadline: new Date(Date.now() - 1000) },
    });
    const late = await send('POST', `/api/challenges/${challenge.id}/votes`, voters[2], { entryId: moon });
    expect(late.json().message).toBe('This challenge is closed.');
  });
});
