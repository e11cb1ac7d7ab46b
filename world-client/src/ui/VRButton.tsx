import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { setWorld, useWorld } from '../state/store.ts';
import { canEnterVR, xrStore } from '../xr/xr-store.ts';

/** Enter (or leave) VR, shown only where the browser can: a headset, or the emulator. */
export function VRButton() {
  const [available, setAvailable] = useState(false);
  const session = useStore(xrStore, (state) => state.session);
  const ready = useWorld((state) => state.xrReady);
  useEffect(() => {
    let live = true;
    void canEnterVR().then((can) => live && setAvailable(can));
    return () => {
      live = false;
    };
  }, []);
  if (!available || !ready) return null;
  return (
    <button
      type="button"
      className="vr-button"
      data-testid="vr-button"
      onClick={() => {
        const change = session ? session.end() : xrStore.enterVR();
        change.catch((error: unknown) =>
          setWorld({
            notice: `Could not ${session ? 'leave' : 'enter'} VR: ${error instanceof Error ? error.message : String(error)}`,
          }),
        );
      }}
    >
      {session ? 'Leave VR' : 'Enter VR'}
    </button>
  );
}
