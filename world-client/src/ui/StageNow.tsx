import { useWorld } from '../state/store.ts';

/**
 * The act on now, for everyone on a stage whose performer runs a running order: seen at the top of the page
 * and read out by screen readers as the performer moves on.
 */
export function StageNow() {
  const stage = useWorld((state) => state.stage);
  const act = stage?.runningOrder[stage.cue];
  if (!stage || act === undefined) return null;
  return (
    <p className="stage-now" role="status" aria-live="polite" data-testid="stage-now">
      Act {stage.cue + 1} of {stage.runningOrder.length}: {act}
      {stage.screen && <span className="stage-now-screen"> · {stage.screen}</span>}
    </p>
  );
}
