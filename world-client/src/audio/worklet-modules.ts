// Loads the sound engine's AudioWorklet modules into a context, once each. Vite builds each module (with
// what it imports) into a file of its own (`?worker&url`), so they load the same in development and in
// the built app.
import captureUrl from './capture.worklet.ts?worker&url';
import meterUrl from './meter.worklet.ts?worker&url';
import playoutUrl from './playout.worklet.ts?worker&url';

const URLS = { capture: captureUrl, meter: meterUrl, playout: playoutUrl } as const;
const loaded = new WeakMap<BaseAudioContext, Map<keyof typeof URLS, Promise<void>>>();

/** Resolves once the `which` processor can be made in `context`. */
export function loadWorklet(context: BaseAudioContext, which: keyof typeof URLS): Promise<void> {
  let modules = loaded.get(context);
  if (!modules) {
    modules = new Map();
    loaded.set(context, modules);
  }
  let loading = modules.get(which);
  if (!loading) {
    loading = context.audioWorklet.addModule(URLS[which]);
    // A failed load may be tried again (a network hiccup), not remembered.
    loading.catch(() => modules.delete(which));
    modules.set(which, loading);
  }
  return loading;
}
