import { useEffect, useMemo } from 'react';
import { fetchStageShows } from '../api/shows.ts';
import { setStage } from '../app/visit.ts';
import { useLoad } from '../learn/useLoad.ts';
import { cueAct, loadRunningOrder, showOnNow, stagePlays } from '../stage/cues.ts';
import { useWorld } from '../state/store.ts';
import { isShortcut } from './keyboard.ts';

/**
 * The performer's running order on stage: the acts they wrote in the studio, loaded onto the stage when they
 * come in, and stepped through with the buttons or a presenter remote (Page Down, Page Up). Each act sets
 * the stage's lights and screen as written. Every instance of the show follows.
 */
export function StageConsole({ space }: { space: string }) {
  const [shows] = useLoad(`stage-shows:${space}`, () => fetchStageShows(space));
  const stage = useWorld((state) => state.stage);
  const show = useMemo(
    () => (shows.state === 'ready' ? showOnNow(shows.value, new Date()) : undefined),
    [shows],
  );
  const acts = useMemo(() => show?.acts ?? [], [show]);
  const runningOrder = stage?.runningOrder ?? [];
  const loaded = acts.length > 0 && stagePlays(runningOrder, acts);
  const cue = loaded ? (stage?.cue ?? 0) : 0;

  // Coming in: the stage takes this show's running order unless it already plays it (a performer who
  // reconnects keeps their place in it).
  useEffect(() => {
    if (!stage || acts.length === 0 || stagePlays(stage.runningOrder, acts)) return;
    const message = loadRunningOrder(acts);
    if (message) setStage(message);
  }, [stage, acts]);

  useEffect(() => {
    if (!loaded) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const step = event.code === 'PageDown' ? 1 : event.code === 'PageUp' ? -1 : 0;
      const message = step === 0 ? null : cueAct(acts, cue + step);
      if (!message) return;
      event.preventDefault();
      setStage(message);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [loaded, acts, cue]);

  if (!show || acts.length === 0) return null;
  const go = (index: number) => {
    const message = cueAct(acts, index);
    if (message) setStage(message);
  };
  return (
    <section className="panel stage-console" aria-labelledby="stage-console-title">
      <h2 id="stage-console-title">{show.title}</h2>
      <ol aria-label="Running order">
        {acts.map((act, index) => (
          <li key={index} aria-current={loaded && index === cue ? 'step' : undefined}>
            <button type="button" className="link" onClick={() => go(index)}>
              {act.title}
            </button>
          </li>
        ))}
      </ol>
      <div className="stage-console-buttons">
        <button type="button" className="secondary" disabled={cue === 0} onClick={() => go(cue - 1)}>
          Previous act
        </button>
        <button type="button" disabled={cue >= acts.length - 1} onClick={() => go(cue + 1)}>
          Next act
        </button>
      </div>
      <p className="hint">Page Down and Page Up step through the acts (a presenter remote works).</p>
    </section>
  );
}
