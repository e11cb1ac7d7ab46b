import { useState } from 'react';
import { Bans } from './Bans.tsx';
import { ModerationLog } from './ModerationLog.tsx';
import { Reports } from './Reports.tsx';

/** For moderators and admins: visitors' reports to resolve, the bans, and the log of what the staff did. */
export function ModerationTab() {
  // Each act on this tab goes in the log: read it again after one.
  const [acts, setActs] = useState(0);
  const acted = () => setActs((count) => count + 1);
  return (
    <>
      <h1>Moderation</h1>
      <Reports onActed={acted} />
      <Bans onActed={acted} />
      <ModerationLog round={acts} />
    </>
  );
}
