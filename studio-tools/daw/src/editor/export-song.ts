// The song as the DAW exports it: the arrangement if anything is placed on it, else the session view's first
// scene once through, for its longest clip (so a beat made only in the session view still exports). The
// page masters it (or not) and writes the file.
import type { Project } from '../core/project.ts';
import { renderSong } from '../engine/render.ts';

/** What is exported of `project`: itself, or its first scene laid on the timeline. */
export function exportedSong(project: Project): Project {
  if (project.tracks.some((track) => track.placements.length > 0)) return project;
  const scene = project.scenes[0]?.id;
  const clips = project.tracks.flatMap((track) => track.clips.filter((clip) => clip.scene === scene));
  const length = Math.max(0, ...clips.map((clip) => clip.length));
  if (!scene || length === 0) return project;
  return {
    ...project,
    tracks: project.tracks.map((track) => ({
      ...track,
      placements: track.clips
        .filter((clip) => clip.scene === scene)
        .map((clip) => ({ id: `export-${clip.id}`, clip: clip.id, start: 0, length })),
    })),
  };
}

/** A mix rendered: its channels at its sample rate. */
export interface RenderedMix {
  readonly channels: Float32Array[];
  readonly sampleRate: number;
}

/** What `project` exports, rendered; `onProgress` hears the share done. */
export async function renderMix(project: Project, onProgress?: (done: number) => void): Promise<RenderedMix> {
  const buffer = await renderSong(exportedSong(project), { onProgress });
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
  return { channels, sampleRate: buffer.sampleRate };
}
