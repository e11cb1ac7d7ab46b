import type { SpaceDetail, SpaceSummary } from '@prostudio/backend/contract';
import { useState } from 'react';
import { enter } from '../app/visit.ts';
import { currentGalleryPlan } from '../app/tour.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { CapturePanel } from '../capture/CapturePanel.tsx';
import { ArtworkPanel } from './ArtworkPanel.tsx';
import { Bursts } from './Bursts.tsx';
import { ChatPanel } from './ChatPanel.tsx';
import { HandsPanel } from './HandsPanel.tsx';
import { HelpPanel } from './HelpPanel.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { PeoplePanel } from './PeoplePanel.tsx';
import { ReactionBar } from './ReactionBar.tsx';
import { ReactionMeter } from './ReactionMeter.tsx';
import { TouchJoystick } from './TouchJoystick.tsx';
import { TourBar } from './TourBar.tsx';
import { VRButton } from './VRButton.tsx';
import { WorksPanel } from './WorksPanel.tsx';

/** The page around the 3D view: where you are, where you can go, who is here, and help. */
export function Hud({ space, spaces }: { space: SpaceDetail; spaces: readonly SpaceSummary[] }) {
  const notice = useWorld((state) => state.notice);
  const connection = useWorld((state) => state.connection);
  const helpOpen = useWorld((state) => state.helpOpen);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const selectedId = useWorld((state) => state.selectedWork);
  const role = useWorld((state) => state.selfRole);
  const selected = space.exhibition?.works.find((work) => work.id === selectedId);
  const destinations = spaces.filter((other) => other.slug !== space.slug);
  const stops = currentGalleryPlan()?.stops ?? [];
  return (
    <>
      <header className="panel title">
        <h1 data-testid="space-name">{space.name}</h1>
        {space.exhibition ? (
          <p>
            <strong>{space.exhibition.title}</strong> · {space.exhibition.works.length} works
          </p>
        ) : (
          <p>{space.description}</p>
        )}
        <span className={`status ${connection}`} aria-live="polite">
          {connection}
        </span>
      </header>
      <nav className="panel places" aria-label="Spaces">
        <details open={window.innerWidth >= 900}>
          <summary>Go to…</summary>
          <ul>
            {destinations.map((destination) => (
              <li key={destination.slug}>
                <button
                  type="button"
                  onClick={() => void enter(destination.slug)}
                  data-testid={`go-${destination.slug}`}
                >
                  {destination.name} <span className="kind">{destination.kind}</span>
                </button>
              </li>
            ))}
            <li>
              <a href="/learn" className="learn-link">
                Courses and my learning
              </a>
            </li>
          </ul>
        </details>
      </nav>
      <PeoplePanel />
      <Bursts />
      <ReactionBar />
      {space.kind === 'stage' && <ReactionMeter />}
      {space.kind === 'stage' && role === 'performer' && <CapturePanel />}
      {(space.kind === 'stage' || space.kind === 'classroom') && <HandsPanel kind={space.kind} />}
      <ChatPanel />
      {space.exhibition && space.exhibition.works.length > 0 && <WorksPanel works={space.exhibition.works} />}
      {space.exhibition && stops.length > 0 && <TourBar works={space.exhibition.works} stops={stops} />}
      {selected && <ArtworkPanel key={selected.id} work={selected} />}
      <VRButton />
      <TouchJoystick />
      <button
        type="button"
        className="help-toggle"
        aria-expanded={helpOpen}
        onClick={() => setWorld({ helpOpen: !helpOpen })}
      >
        ? Controls
      </button>
      {helpOpen && <HelpPanel onClose={() => setWorld({ helpOpen: false })} />}
      <button
        type="button"
        className="settings-toggle"
        aria-label="Settings"
        title="Settings"
        aria-expanded={settingsOpen}
        onClick={() => setSettingsOpen(!settingsOpen)}
      >
        ⚙
      </button>
      {settingsOpen && <SettingsPanel onClose={() => setSettingsOpen(false)} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
