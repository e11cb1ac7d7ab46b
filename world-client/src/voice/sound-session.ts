// Sound in the space the visitor is in: the sound path (room relay today) wired to the room connection, the
// microphone (turned on and off, push-to-talk, its input and mode from the settings, and what goes wrong with
// it), each talker's sound mixed in (spatial in galleries and the lobby, at the visitor's volume for them), who
// is speaking, and each talker's motion kept in step with their sound. Outside React; the UI reads the sound
// store.
import { type SoundMode, type SpaceKind, voicesAreSpatial } from '@prostudio/protocol';
import { openInput, listInputs, type OpenedInput } from '../audio/microphone.ts';
import { RelayPath } from '../audio/relay-path.ts';
import { VoiceMixer } from '../audio/voice-mixer.ts';
import { audioContext, audioState, startAudio, venueOutput, whenAudioRunning } from '../audio/venue-audio.ts';
import { installVoicesDebug } from '../audio/voices-debug.ts';
import type { WorldConnection } from '../net/world-connection.ts';
import { followSound, shownPoseTime } from '../net/remote-poses.ts';
import { useSettings } from '../settings/settings.ts';
import { useWorld } from '../state/store.ts';
import { AS_SENT, sameSpeakers, setSound, useSound } from './sound-store.ts';
import { SpeakingDetector } from './speaking.ts';

interface Session {
  connection: WorldConnection;
  kind: SpaceKind;
  path: RelayPath | null;
  mixer: VoiceMixer | null;
  unsubscribe: Array<() => void>;
  timer: ReturnType<typeof setInterval>;
}

/** How often speaking lights, per-person gains and sound-following motion are brought up to date (Hz). */
const UPDATE_HZ = 20;
/** A talker's mouth is about this high above the floor, m (their sound comes from there in spatial spaces). */
const MOUTH_HEIGHT = 1.6;

let session: Session | null = null;
let input: (OpenedInput & { mode: SoundMode }) | null = null;
const speaking = new SpeakingDetector();

/** Whether our frames may go out now: the microphone is on, and push-to-talk (if chosen) is held. */
function sendingAllowed(): boolean {
  const sound = useSound.getState();
  return sound.mic === 'on' && (!useSettings.getState().pushToTalk || sound.talking);
}

/** Starts the sound path once the venue's sound has started (the browser needs a click first). */
function openPath(current: Session): void {
  const context = audioContext();
  const output = venueOutput();
  if (current.path || !context || !output) return;
  const path = new RelayPath(context, (frame) => {
    if (sendingAllowed()) current.connection.sendAudio(frame);
  });
  const mixer = new VoiceMixer(context, output);
  mixer.setSpatial(voicesAreSpatial(current.kind));
  current.path = path;
  current.mixer = mixer;
  current.connection.onVoice((packet) => path.receive(packet));
  current.unsubscribe.push(
    path.onTalker((slot, node) => mixer.add(slot, node)),
    path.onTalkerGone((slot) => {
      mixer.remove(slot);
      followSound(slot, null);
    }),
  );
  current.unsubscribe.push(installVoicesDebug(path, shownPoseTime));
  if (input) void path.publish(input.stream, input.mode).catch(micFailed);
}

/** Begins sound in a space just entered: hears its talkers (once sound may play), and sends if the mic is on. */
export function joinSound(connection: WorldConnection, kind: SpaceKind): void {
  leaveSound();
  const current: Session = {
    connection,
    kind,
    path: null,
    mixer: null,
    unsubscribe: [],
    timer: setInterval(() => update(current), 1000 / UPDATE_HZ),
  };
  session = current;
  // Sound may play once the browser lets it: at once where it allows sound without a gesture, else after a
  // click or a key anywhere (venue-audio starts it then).
  startAudio();
  setSound({ blocked: audioState() !== 'running' });
  void whenAudioRunning().then(() => {
    setSound({ blocked: false });
    if (session === current) openPath(current);
  });
}

/** Ends sound in the space being left (the microphone stays as it is, for the next space). */
export function leaveSound(): void {
  if (!session) return;
  clearInterval(session.timer);
  for (const off of session.unsubscribe) off();
  session.connection.onVoice(null);
  session.path?.close();
  session.mixer?.clear();
  session = null;
  setSound({ speaking: new Set(), ownLevel: 0 });
}

/** Lets sound play (a click on "turn sound on"); the browser allows it from a gesture. */
export function startSound(): void {
  if (!startAudio()) setSound({ micProblem: 'This browser cannot play sound (no Web Audio).' });
}

/** Turns the microphone on or off. */
export async function toggleMic(): Promise<void> {
  if (useSound.getState().mic === 'off') await micOn();
  else micOff();
}

/** Opens the input the settings name, in their mode, and sends it. */
async function micOn(): Promise<void> {
  setSound({ mic: 'starting', micProblem: null });
  startSound();
  const { microphone, soundMode } = useSettings.getState();
  const opened = await openInput({
    ...(microphone ? { deviceId: microphone } : {}),
    mode: soundMode,
    onEnded: () => {
      micOff();
      setSound({ micProblem: 'Your microphone was disconnected. Plug it back in, then turn it on again.' });
    },
  });
  if (!opened.ok) {
    micOff();
    setSound({ micProblem: opened.message });
    return;
  }
  input = { ...opened, mode: soundMode };
  setSound({ mic: 'on' });
  await session?.path?.publish(opened.stream, soundMode).catch(micFailed);
  void refreshInputs();
}

/** The browser cannot send sound (no encoder): say so, and turn the microphone off. */
function micFailed(error: unknown): void {
  micOff();
  setSound({ micProblem: error instanceof Error ? error.message : String(error) });
}

function micOff(): void {
  session?.path?.unpublish();
  input?.close();
  input = null;
  setSound({ mic: 'off', talking: false, ownLevel: 0 });
}

/** With the microphone on, opens it again with the input and mode the settings now name. */
export async function restartMic(): Promise<void> {
  if (useSound.getState().mic !== 'on') return;
  micOff();
  await micOn();
}

/** Push-to-talk held (V, or the talk button) or let go. */
export function setTalking(talking: boolean): void {
  if (useSound.getState().talking !== talking) setSound({ talking });
}

/** Lists the sound inputs this browser has (their names show once the microphone was allowed). */
export async function refreshInputs(): Promise<void> {
  setSound({ inputs: await listInputs().catch(() => []) });
}

/** Brings speaking lights, per-person gains, voices' places and sound-following motion up to date. */
function update(current: Session): void {
  const { path, mixer } = current;
  if (!path || !mixer) return;
  const { people } = useWorld.getState();
  const { hearing } = useSound.getState();
  const bySlot = new Map(people.map((person) => [person.slot, person]));
  const levels = new Map<string, number>();
  for (const slot of path.talkers()) {
    const person = bySlot.get(slot);
    followSound(slot, path.lagOf(slot));
    if (!person) continue;
    levels.set(person.id, path.levelOf(slot));
    const { volume, muted } = hearing[person.id] ?? AS_SENT;
    mixer.setHearing(slot, volume, muted);
    mixer.setTalkerPosition(slot, person.x, MOUTH_HEIGHT, person.z);
  }
  const now = speaking.update(levels, performance.now());
  const sound = useSound.getState();
  const ownLevel = sendingAllowed() ? path.sending : 0;
  if (!sameSpeakers(now, sound.speaking) || Math.abs(ownLevel - sound.ownLevel) > 0.01) {
    setSound({ speaking: sameSpeakers(now, sound.speaking) ? sound.speaking : now, ownLevel });
  }
}

/** Where the visitor hears from (their head, each frame, from the camera): spatial voices turn with it. */
export function placeListener(
  position: { x: number; y: number; z: number },
  forward: { x: number; y: number; z: number },
  up: { x: number; y: number; z: number },
): void {
  session?.mixer?.setListener(
    [position.x, position.y, position.z],
    [forward.x, forward.y, forward.z],
    [up.x, up.y, up.z],
  );
}
