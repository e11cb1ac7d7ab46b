import { useLiveSet } from '../live/live-set-session.ts';

/** For the audience: the performer's live set playing here (rendered on this device), or why it cannot. */
export function LiveSetNow() {
  const heard = useLiveSet((state) => state.heard);
  if (!heard?.song) return null;
  return (
    <p className="live-set-now" role="status" data-testid="live-set-now">
      {heard.playing ? `♪ Live set: “${heard.song}”` : `Live set: “${heard.song}” (stopped)`}
      {heard.problem && (
        <span className="error"> The latest change could not be played: {heard.problem}</span>
      )}
    </p>
  );
}
