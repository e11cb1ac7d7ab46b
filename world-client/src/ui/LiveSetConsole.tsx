import { useEffect, useState } from 'react';
import { createProjectDoc } from '@prostudio/studio-tools/daw';
import type * as Y from 'yjs';
import { liveSetSender } from '../live/live-set-session.ts';
import { SharedDaw } from './lazy-daw.ts';
import { SongToggle } from './SongToggle.tsx';

/**
 * The performer's live set at the stage's console: the DAW, opened over the stage and on the console in front
 * of them (a panel a headset's rays play), on the venue's sound; what it plays goes out as the song and the
 * performer's actions, and every listener's page renders it. Closing the DAW stops the set for the audience.
 */
export function LiveSetConsole() {
  return (
    <SongToggle name="the DAW" title="Play music from the DAW: each listener's device renders it, in time">
      {(close) => <LiveSetDaw onClose={close} />}
    </SongToggle>
  );
}

function LiveSetDaw({ onClose }: { onClose: () => void }) {
  const [doc, setDoc] = useState<Y.Doc>(() => createProjectDoc());
  const [name, setName] = useState('');
  // The song in the DAW is the set's: sent whole when opened, then each edit.
  useEffect(() => {
    const unsing = liveSetSender()?.sing(doc);
    const named = () => setName(String(doc.getMap('song').get('name') ?? ''));
    named();
    doc.on('update', named);
    return () => {
      doc.off('update', named);
      unsing?.();
    };
  }, [doc]);
  return (
    <SharedDaw
      doc={doc}
      playsForRoom
      onOpen={setDoc}
      title="The DAW, live on stage"
      status={`On air: “${name}”`}
      onConsole
      onClose={onClose}
    />
  );
}
