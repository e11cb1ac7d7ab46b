import { useLiveSet } from '../live/live-set-session.ts';

/**
 * For those who hear the room's song played (a stage's audience: the live set; a class: the class song as
 * the instructor plays it): what plays here (rendered on this device), or why the latest change cannot.
 */
export function LiveSetNow({ label }: { label: string }) {
  const heard = useLiveSet((state) => state.heard);
  if (!heard?.song) return null;
  return (
    <p className="live-set-now" role="status" data-testid="live-set-now">
      {heard.playing ? `♪ ${label}: “${heard.song}”` : `${label}: “${heard.song}” (stopped)`}
      {heard.problem && (
        <span className="error"> The latest change could not be played: {heard.problem}</span>
      )}
    </p>
  );
}
