import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly value: T };

const LOADING = { state: 'loading' } as const;

/** Loads what `load` fetches whenever `key` changes; `reload` fetches again. */
export function useLoad<T>(key: string, load: () => Promise<T>): [Loaded<T>, () => void] {
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<{ token: string; loaded: Loaded<T> } | null>(null);
  const token = `${key}#${round}`;
  // The latest `load` (a new function on every render); `token` says when to call it again.
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    let live = true;
    latest.current().then(
      (value) => live && setResult({ token, loaded: { state: 'ready', value } }),
      (error: unknown) =>
        live &&
        setResult({
          token,
          loaded: { state: 'failed', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      live = false;
    };
  }, [token]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [result?.token === token ? result.loaded : LOADING, reload];
}
