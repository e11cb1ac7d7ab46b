import type { HungArtwork } from '@prostudio/backend/contract';
import { useState } from 'react';
import { setWorld } from '../state/store.ts';

/** The works on the walls as a list: for screen readers, small screens, and anyone looking for one piece. */
export function WorksPanel({ works }: { works: readonly HungArtwork[] }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel works" aria-labelledby="works-title">
      <h2 id="works-title">
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} In this room ({works.length})
        </button>
      </h2>
      <ol data-testid="works-list" hidden={!open}>
        {works.map((work) => (
          <li key={work.id} data-testid="work-row">
            <button
              type="button"
              className="link work-title"
              onClick={() => setWorld({ selectedWork: work.id })}
            >
              {work.title}
            </button>{' '}
            · {work.artist.name}, {work.year}
            {work.text ? <p className="work-text">{work.text}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
