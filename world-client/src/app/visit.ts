// The visitor's journey, outside React: boot, choose a name, enter a space (fetch it, load its images,
// join its room), move between spaces. Each step reports real progress to the store.
import type { SpaceDetail } from '@prostudio/backend/contract';
import {
  normalizeDisplayName,
  type FloorPose,
  type ModerateMessage,
  type Reaction,
  type StageMessage,
} from '@prostudio/protocol';
import { ApiError, fetchJoinToken, fetchSpace, fetchSpaces } from '../api/api.ts';
import {
  type CapturedBody,
  connectToSpace,
  describeJoinError,
  type WorldConnection,
} from '../net/world-connection.ts';
import { preloadModels } from '../scene/sculpture-models.ts';
import { preloadTextures } from '../scene/textures.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { joinLiveSet, leaveLiveSet } from '../live/live-set-session.ts';
import { joinSound, leaveSound } from '../voice/sound-session.ts';

const NAME_KEY = 'prostudio.name';
const AVATAR_KEY = 'prostudio.avatar';
let connection: WorldConnection | null = null;
let entering = 0;

/** Runs `join` again (at most twice more) when the room says its join token was already spent. */
async function retryJoin<T>(join: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await join();
    } catch (error) {
      const spent = error instanceof Error && /join token has been used/i.test(error.message);
      if (!spent || tries >= 3) throw error;
    }
  }
}

function slugFromHash(): string | null {
  const slug = window.location.hash.replace(/^#\/?/, '');
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : null;
}

function fail(
  error: unknown,
  retrySlug: string | null,
  door?: { kind: 'stage' | 'classroom'; slug: string },
): void {
  const message = error instanceof Error ? error.message : String(error);
  setWorld({ phase: { kind: 'failed', message, retrySlug, door } });
}

/** First step: learn the venue's spaces, then ask for a name. */
export async function boot(): Promise<void> {
  setWorld({ phase: { kind: 'loading', slug: '', label: 'Finding the venue', progress: 0.05 } });
  try {
    const spaces = await fetchSpaces();
    setWorld({
      spaces,
      name: localStorage.getItem(NAME_KEY) ?? '',
      avatar: localStorage.getItem(AVATAR_KEY) ?? '',
      phase: { kind: 'naming' },
    });
  } catch (error) {
    fail(error, null);
  }
}

/**
 * Takes the visitor's name (and the avatar they picked); returns why the name was refused, or null and goes
 * on to the lobby (or the linked space).
 */
export function chooseName(raw: string, avatar = useWorld.getState().avatar): string | null {
  const result = normalizeDisplayName(raw);
  if (!result.ok) return result.reason;
  localStorage.setItem(NAME_KEY, result.name);
  localStorage.setItem(AVATAR_KEY, avatar);
  setWorld({ name: result.name, avatar });
  void enter(slugFromHash() ?? 'lobby');
  return null;
}

/** Leaves the current room (if any) and enters the space `slug`. */
export async function enter(slug: string): Promise<void> {
  const attempt = ++entering;
  let door: { kind: 'stage' | 'classroom'; slug: string } | undefined;
  const progress = (label: string, value: number) =>
    attempt === entering && setWorld({ phase: { kind: 'loading', slug, label, progress: value } });
  try {
    progress('Leaving', 0.02);
    leaveSound();
    leaveLiveSet();
    await connection?.leave();
    connection = null;
    progress('Opening the space', 0.1);
    const space: SpaceDetail = await fetchSpace(slug);
    // Pictures hang on the walls; sculptures stand on plinths (their picture is for the lists).
    const works = space.exhibition?.works ?? [];
    const pictures = works.filter((work) => !work.modelUrl).map((work) => work.imageUrl);
    const models = works.flatMap((work) => (work.modelUrl ? [work.modelUrl] : []));
    const done = { pictures: 0, models: 0 };
    const total = pictures.length + models.length;
    const report = () => {
      const loaded = done.pictures + done.models;
      progress(`Hanging the works (${loaded} of ${total})`, 0.15 + 0.7 * (loaded / Math.max(1, total)));
    };
    await Promise.all([
      preloadTextures(pictures, (loaded) => {
        done.pictures = loaded;
        report();
      }),
      preloadModels(models, (loaded) => {
        done.models = loaded;
        report();
      }),
    ]);
    progress('Joining the room', 0.9);
    const join = async () => {
      const { token, role } = await fetchJoinToken(space.slug, useWorld.getState().name).catch(
        (error: unknown) => {
          // A stage with a show on, or a classroom with a workshop on, is for those who have a place.
          const refused = error instanceof ApiError && error.status === 403;
          if (refused && (space.kind === 'stage' || space.kind === 'classroom')) {
            door = { kind: space.kind, slug: space.slug };
          }
          throw error;
        },
      );
      return { role, joined: await connectToSpace(space.kind, space.slug, token) };
    };
    // A token is spent once: when matchmaking lost the race for a full room's last seat and tried another,
    // the token comes back as used. A fresh one, once or twice, gets a seat.
    const { role, joined } = await retryJoin(join).catch((error: unknown) => {
      throw new Error(describeJoinError(error));
    });
    if (attempt !== entering) {
      await joined.leave();
      return;
    }
    connection = joined;
    joinSound(joined, space.kind);
    joinLiveSet(joined, space.kind, role);
    window.history.replaceState(null, '', `#${space.slug}`);
    document.title = `${space.name} · ProStudio`;
    setWorld({
      phase: { kind: 'inside', space },
      notice: null,
      selfPose: null,
      selectedWork: null,
      tour: null,
      seat: null,
      selfRole: role,
    });
  } catch (error) {
    if (attempt === entering) fail(error, slug, door);
  }
}

/** Opens a classroom's floor to every student, or closes it (the instructor). */
export function openFloor(open: boolean): void {
  connection?.openFloor(open);
}

/** Reports the local pose to the room. */
export function reportPose(pose: FloorPose): void {
  connection?.sendPose(pose);
}

/** Sends a reaction to the room. */
/** Streams the performer's captured body (motion capture), or stops with null. */
export function streamBody(body: CapturedBody | null): void {
  connection?.streamBody(body);
}

/** Changes the visitor's avatar, here and for everyone in the room, and remembers it. */
export function changeAvatar(avatar: string): void {
  localStorage.setItem(AVATAR_KEY, avatar);
  setWorld({ avatar });
  connection?.setAvatar(avatar);
}

export function react(reaction: Reaction): void {
  connection?.react(reaction);
}

/** Says something in the room's chat. */
export function say(text: string): void {
  connection?.chat(text);
}

/** Raises or lowers the visitor's hand. */
export function raiseHand(raised: boolean): void {
  setWorld({ handRaised: raised });
  connection?.raiseHand(raised);
}

/** Sets the stage (its performer): lights, the screen's caption, the running order and its cue. */
export function setStage(message: StageMessage): void {
  connection?.setStage(message);
}

/** The classroom board (instructors): show a page, draw a stroke on it, clear it. */
export function showBoardPage(page: number): void {
  connection?.showPage(page);
}

export function drawOnBoard(stroke: { page: number; colour: string; width: number; points: number[] }): void {
  connection?.drawStroke(stroke);
}

export function clearBoardPage(page: number): void {
  connection?.clearPage(page);
}

/** Takes someone's question: their hand goes down (for whoever takes questions here). */
export function lowerHand(sessionId: string): void {
  connection?.moderate({ action: 'lowerHand', target: sessionId });
}

/** A moderator's action on someone in the room (mute, kick, ban…); the room checks the role. */
export function moderate(message: ModerateMessage): void {
  connection?.moderate(message);
}
