import type { SpaceLayout } from '@prostudio/protocol';
import { useWorld } from '../state/store.ts';
import { PerformerMirror } from './PerformerMirror.tsx';
import { SelfAvatar } from './SelfAvatar.tsx';

/** On a stage, for its performer only (and while they want it): the mirror, and themselves in it. */
export function PerformerMonitor({ layout }: { layout: SpaceLayout }) {
  const performer = useWorld((state) => state.selfRole === 'performer');
  const mirror = useWorld((state) => state.mirror);
  if (!performer || !mirror) return null;
  return (
    <>
      <SelfAvatar layout={layout} />
      <PerformerMirror layout={layout} />
    </>
  );
}
