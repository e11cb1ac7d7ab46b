import { useEffect, useState } from 'react';
import { meterTotal, METER_WINDOW_MS } from '../net/room-messages.ts';
import { useWorld } from '../state/store.ts';

/** How loud the room is: reactions in the last ten seconds, for the performer and everyone on a stage. */
export function ReactionMeter() {
  const meter = useWorld((state) => state.meter);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const total = meterTotal(meter, now);
  const level = Math.min(1, total / 100);
  return (
    <section
      className="panel meter"
      aria-label="Reaction meter"
      data-testid="reaction-meter"
      data-count={total}
    >
      <div
        className="meter-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, total)}
      >
        <div className="meter-fill" style={{ width: `${level * 100}%` }} />
      </div>
      <span>
        {total} in {METER_WINDOW_MS / 1000}s
      </span>
    </section>
  );
}
