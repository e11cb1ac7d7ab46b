import { useWorld } from '../state/store.ts';
import { REACTION_EMOJI } from './reaction-emoji.ts';

/** Reactions flying up over the scene: decoration, so hidden from screen readers (the meter says it). */
export function Bursts() {
  const bursts = useWorld((state) => state.bursts);
  return (
    <div className="bursts" aria-hidden="true">
      {bursts.map((burst) => (
        <span key={burst.id} className="burst" style={{ left: `${10 + burst.lane * 80}%` }}>
          {REACTION_EMOJI[burst.reaction]}
        </span>
      ))}
    </div>
  );
}
