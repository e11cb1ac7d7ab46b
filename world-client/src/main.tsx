import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { installVenueAudio } from './audio/venue-audio.ts';
import { LearnApp } from './learn/LearnApp.tsx';
import { isLearnPath } from './learn/route.ts';
import { PortfolioApp } from './portfolio/PortfolioApp.tsx';
import { isPortfolioPath } from './portfolio/route.ts';
import './styles.css';
import { StudioApp } from './studio/StudioApp.tsx';
import { isStudioPath } from './studio/route.ts';
import { VenueApp } from './venue/VenueApp.tsx';
import { isVenuePath } from './venue/route.ts';
import { emulateXRIfAsked } from './xr/emulate.ts';

const root = document.getElementById('root');
if (!root) throw new Error('ProStudio: index.html has no #root element.');
await emulateXRIfAsked();
installVenueAudio();
const path = window.location.pathname;
createRoot(root).render(
  <StrictMode>
    {isLearnPath(path) ? (
      <LearnApp />
    ) : isVenuePath(path) ? (
      <VenueApp />
    ) : isStudioPath(path) ? (
      <StudioApp />
    ) : isPortfolioPath(path) ? (
      <PortfolioApp />
    ) : (
      <App />
    )}
  </StrictMode>,
);
