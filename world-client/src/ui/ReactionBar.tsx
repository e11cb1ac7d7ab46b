import { REACTIONS } from '@prostudio/protocol';
import { useEffect } from 'react';
import { raiseHand, react } from '../app/visit.ts';
import { useWorld } from '../state/store.ts';
import { isShortcut } from './keyboard.ts';
import { REACTION_EMOJI } from './reaction-emoji.ts';

/** Reactions (keys 1–6) and the raised hand (H), as buttons along the bottom of the page. */
export function ReactionBar() {
  const handRaised = useWorld((state) => state.handRaised);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const index = Number(event.key) - 1;
      const reaction = REACTIONS[index];
      if (reaction) react(reaction);
      else if (event.code === 'KeyH') raiseHand(!useWorld.getState().handRaised);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="panel reactions" role="toolbar" aria-label="Reactions">
      {REACTIONS.map((reaction, index) => (
        <button
          key={reaction}
          type="button"
          className="reaction"
          onClick={() => react(reaction)}
          aria-label={`${reaction} (key ${index + 1})`}
          title={`${reaction} (${index + 1})`}
          data-testid={`react-${reaction}`}
        >
          {REACTION_EMOJI[reaction]}
        </button>
      ))}
      <button
        type="button"
        className={`reaction hand ${handRaised ? 'raised' : ''}`}
        aria-pressed={handRaised}
        onClick={() => raiseHand(!handRaised)}
        title="Raise your hand (H)"
      >
        ✋
      </button>
    </div>
  );
}
