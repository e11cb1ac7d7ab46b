import type { SpaceDetail, SpaceSummary } from '@prostudio/backend/contract';
import { useState } from 'react';
import { enter } from '../app/visit.ts';
import { currentGalleryPlan } from '../app/tour.ts';
import { useAccount } from '../api/session.ts';
import { staffOf } from '../venue/staff.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { CapturePanel } from '../capture/CapturePanel.tsx';
import type { CanvasApp } from '../panels/canvas-app.ts';
import { ArtworkPanel } from './ArtworkPanel.tsx';
import { onNowLine } from './on-now.ts';
import { BoardControls } from './BoardControls.tsx';
import { Bursts } from './Bursts.tsx';
import { ChatPanel } from './ChatPanel.tsx';
import { FloorPanel } from './FloorPanel.tsx';
import { HandsPanel } from './HandsPanel.tsx';
import { MicButton, MicStatus } from './MicButton.tsx';
import { SoundBlocked } from './SoundBlocked.tsx';
import { HelpPanel } from './HelpPanel.tsx';
import { SeatButton } from './SeatButton.tsx';
import { ClassSongConsole } from './ClassSongConsole.tsx';
import { LiveSetConsole } from './LiveSetConsole.tsx';
import { LiveSetNow } from './LiveSetNow.tsx';
import { StageConsole } from './StageConsole.tsx';
import { StageNow } from './StageNow.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { PeoplePanel } from './PeoplePanel.tsx';
import { ReactionBar } from './ReactionBar.tsx';
import { ReactionMeter } from './ReactionMeter.tsx';
import { TouchJoystick } from './TouchJoystick.tsx';
import { TourBar } from './TourBar.tsx';
import { VRButton } from './VRButton.tsx';
import { WorksPanel } from './WorksPanel.tsx';

/**
 * The page around the 3D view: where you are, where you can go, who is here, and help, in the corners and the
 * bottom's middle (see `.hud` in styles.css), with panels that open over it.
 */
export function Hud({
  space,
  spaces,
  board,
}: {
  space: SpaceDetail;
  spaces: readonly SpaceSummary[];
  /** A classroom's board app, whose controls sit at the top (null elsewhere). */
  board: CanvasApp | null;
}) {
  const notice = useWorld((state) => state.notice);
  // The staff's page is offered to those it is for: curators, moderators and admins.
  const staff = useAccount((state) => staffOf(state.user?.roles).any);
  const connection = useWorld((state) => state.connection);
  const helpOpen = useWorld((state) => state.helpOpen);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [now] = useState(() => new Date());
  const selectedId = useWorld((state) => state.selectedWork);
  const role = useWorld((state) => state.selfRole);
  const selected = space.exhibition?.works.find((work) => work.id === selectedId);
  const destinations = spaces.filter((other) => other.slug !== space.slug);
  const stops = currentGalleryPlan()?.stops ?? [];
  return (
    <div className="hud">
      <div className="hud-region top-left">
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
        {space.exhibition && space.exhibition.works.length > 0 && (
          <WorksPanel works={space.exhibition.works} />
        )}
      </div>
      <div className="hud-region top-centre">
        <SoundBlocked />
        {space.kind === 'stage' && <StageNow />}
        {board && <BoardControls app={board} />}
      </div>
      <div className="hud-region top-right">
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
                    {destination.onNow && <span className="on-now">{onNowLine(destination.onNow, now)}</span>}
                  </button>
                </li>
              ))}
              <li className="site-links">
                <a href="/learn" className="learn-link" title="Courses and my learning">
                  Learn
                </a>
                <a href="/studio" className="learn-link" title="Your works, shows, sales and teaching">
                  My studio
                </a>
              </li>
              {staff && (
                <li>
                  <a href="/venue" className="learn-link">
                    The venue’s staff page
                  </a>
                </li>
              )}
            </ul>
          </details>
        </nav>
        <PeoplePanel />
      </div>
      <div className="hud-region bottom-left">
        {space.kind === 'stage' && role === 'performer' && <CapturePanel />}
        <TouchJoystick />
      </div>
      <div className="hud-region bottom-centre">
        {space.exhibition && stops.length > 0 && <TourBar works={space.exhibition.works} stops={stops} />}
        {space.kind === 'classroom' && <SeatButton />}
        {space.kind === 'classroom' && (role === 'instructor' || role === 'student') && (
          <ClassSongConsole instructor={role === 'instructor'} />
        )}
        {space.kind === 'stage' && <ReactionMeter />}
        {space.kind === 'stage' && role !== 'performer' && <LiveSetNow label="Live set" />}
        {space.kind === 'classroom' && role !== 'instructor' && <LiveSetNow label="Class song" />}
        <ReactionBar />
      </div>
      <div className="hud-region bottom-right">
        {space.kind === 'stage' && role === 'performer' && <StageConsole space={space.slug} />}
        {space.kind === 'classroom' && (role === 'instructor' || role === 'moderator') && <FloorPanel />}
        {(space.kind === 'stage' || space.kind === 'classroom') && <HandsPanel kind={space.kind} />}
        <ChatPanel />
        <MicStatus kind={space.kind} />
        <div className="hud-buttons">
          {space.kind === 'stage' && role === 'performer' && <LiveSetConsole />}
          <MicButton />
          <VRButton />
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
          <button
            type="button"
            className="help-toggle"
            aria-expanded={helpOpen}
            onClick={() => setWorld({ helpOpen: !helpOpen })}
          >
            ? Controls
          </button>
        </div>
      </div>
      <Bursts />
      {selected && <ArtworkPanel key={selected.id} work={selected} />}
      {helpOpen && <HelpPanel onClose={() => setWorld({ helpOpen: false })} />}
      {settingsOpen && <SettingsPanel onClose={() => setSettingsOpen(false)} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
