// The browser holds back all sound until the visitor interacts with the page (its autoplay policy): say so,
// with one button that lets it through, rather than leave a silent venue unexplained.
import { startSound } from '../voice/sound-session.ts';
import { useSound } from '../voice/sound-store.ts';

export function SoundBlocked() {
  const blocked = useSound((state) => state.blocked);
  if (!blocked) return null;
  return (
    <button type="button" className="panel sound-blocked" onClick={startSound} data-testid="sound-blocked">
      🔈 Sound is off until you click: turn it on
    </button>
  );
}
