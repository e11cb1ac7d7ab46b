import type { SpaceDetail, SpaceSummary } from '@prostudio/backend/contract';
import { useEffect } from 'react';
import { useClassroomBoard } from '../panels/use-board.ts';
import { StatsOverlay } from '../ui/StatsOverlay.tsx';
import { SpaceScene } from '../scene/SpaceScene.tsx';
import { setWorld, useWorld } from '../state/store.ts';
import { FailedScreen } from '../ui/FailedScreen.tsx';
import { Hud } from '../ui/Hud.tsx';
import { LoadingScreen } from '../ui/LoadingScreen.tsx';
import { NamePrompt } from '../ui/NamePrompt.tsx';
import { boot, enter, reportPose } from './visit.ts';

function useHelpShortcut(): void {
  useEffect(() => {
    const toggle = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.target instanceof HTMLInputElement) return;
      setWorld((state) => ({ helpOpen: !state.helpOpen }));
    };
    window.addEventListener('keydown', toggle);
    return () => window.removeEventListener('keydown', toggle);
  }, []);
}

export function App() {
  const phase = useWorld((state) => state.phase);
  const spaces = useWorld((state) => state.spaces);
  useHelpShortcut();
  useEffect(() => {
    void boot();
  }, []);

  switch (phase.kind) {
    case 'booting':
      return <LoadingScreen label="Starting" progress={0} />;
    case 'loading':
      return <LoadingScreen label={phase.label} progress={phase.progress} />;
    case 'naming':
      return <NamePrompt />;
    case 'failed':
      return <FailedScreen message={phase.message} retrySlug={phase.retrySlug} door={phase.door} />;
    case 'inside':
      return <Inside space={phase.space} spaces={spaces} />;
  }
}

/** Inside a space: the 3D view, the page around it, and (in a classroom) the board both show. */
function Inside({ space, spaces }: { space: SpaceDetail; spaces: readonly SpaceSummary[] }) {
  const board = useClassroomBoard(space.kind);
  return (
    <main className="inside" data-space={space.slug} data-kind={space.kind}>
      <SpaceScene
        key={space.slug}
        space={space}
        board={board}
        destinations={spaces.filter((other) => other.kind !== 'lobby')}
        onMove={reportPose}
        onEnter={(slug) => void enter(slug)}
      />
      <Hud space={space} spaces={spaces} board={board} />
      <StatsOverlay />
    </main>
  );
}
