// The visitor's microphone: one button to turn it on and off (M), or, with push-to-talk, held to talk (or V
// held). Beside it, a light that follows their own sound, and in words what stops them being heard: the
// browser refused the microphone, there is none, another app holds it, it was unplugged, or the space's rules
// (only the performer on a stage; a student waits for the floor; a moderator's mute).
import { hearing, type SpaceKind } from '@prostudio/protocol';
import { useEffect } from 'react';
import { useSettings } from '../settings/settings.ts';
import { useWorld } from '../state/store.ts';
import { setTalking, toggleMic } from '../voice/sound-session.ts';
import { useSound } from '../voice/sound-store.ts';
import { isShortcut } from './keyboard.ts';

/** Why nobody hears the visitor here (from the same rule the room applies), or null when they are heard. */
function useUnheardReason(kind: SpaceKind): string | null {
  const role = useWorld((state) => state.selfRole);
  const voice = useWorld((state) => state.selfVoice);
  const openFloor = useWorld((state) => state.openFloor);
  if (!role || !voice) return null;
  const heard = hearing(kind, { role, ...voice }, openFloor);
  return heard.heard ? null : heard.reason;
}

/** What stops the visitor being heard, in words, above the buttons (nothing while all is well). */
export function MicStatus({ kind }: { kind: SpaceKind }) {
  const mic = useSound((state) => state.mic);
  const problem = useSound((state) => state.micProblem);
  const reason = useUnheardReason(kind);
  const said = problem ?? (mic === 'on' ? reason : null);
  if (!said) return null;
  return (
    <p className="mic-status" role="status" data-testid="mic-status">
      {said}
    </p>
  );
}

/** The microphone's button (and, with push-to-talk, the talk button), among the page's buttons. */
export function MicButton() {
  const mic = useSound((state) => state.mic);
  const talking = useSound((state) => state.talking);
  const level = useSound((state) => state.ownLevel);
  const pushToTalk = useSettings((state) => state.pushToTalk);

  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      if (!isShortcut(event) || event.repeat) return;
      if (event.code === 'KeyM') void toggleMic();
      else if (event.code === 'KeyV' && useSettings.getState().pushToTalk) setTalking(true);
    };
    const up = (event: KeyboardEvent) => {
      if (event.code === 'KeyV') setTalking(false);
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  const on = mic === 'on';
  const label =
    mic === 'starting' ? 'Mic starting…' : on ? (pushToTalk ? 'Mic on (hold V)' : 'Mic on') : 'Mic off';
  const sending = on && (!pushToTalk || talking);
  return (
    <>
      <button
        type="button"
        className={`mic-toggle ${on ? 'on' : ''}`}
        aria-pressed={on}
        title={on ? 'Turn your microphone off (M)' : 'Turn your microphone on (M)'}
        disabled={mic === 'starting'}
        onClick={() => void toggleMic()}
        data-testid="mic-toggle"
        aria-label={label}
      >
        🎙<span className="mic-label"> {label}</span>
        <span
          className="mic-level"
          aria-hidden="true"
          style={{ transform: `scaleX(${sending ? Math.min(1, level * 4) : 0})` }}
        />
      </button>
      {on && pushToTalk && (
        <button
          type="button"
          className={`talk ${talking ? 'held' : ''}`}
          aria-pressed={talking}
          onPointerDown={() => setTalking(true)}
          onPointerUp={() => setTalking(false)}
          onPointerLeave={() => setTalking(false)}
        >
          Hold to talk
        </button>
      )}
    </>
  );
}
