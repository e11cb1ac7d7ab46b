// Regenerates the sample artworks the demo gallery shows: node assets/tools/make-artworks.ts
// Writes assets/artworks/<slug>.png for the paintings, <slug>.glb and a preview <slug>.png for the sculptures,
// and assets/artworks/catalogue.json. Output is deterministic: every painting has a fixed seed and every
// sculpture is built and rendered without chance, so running this again reproduces the same files byte for byte.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  flowField,
  harmonograph,
  mondrianGrid,
  moireRings,
  sunsetRidges,
  truchetTiles,
  voronoiMosaic,
  waveStripes,
} from './paintings.ts';
import type { Painter } from './paintings.ts';
import { encodePng } from './png.ts';
import { exportGlb } from './sculpture/export-glb.ts';
import { renderPreview } from './sculpture/render.ts';
import { cairnForASlowRiver, spiralStair, tidalKnot } from './sculpture/sculptures.ts';
import type { SculptureBuilder } from './sculpture/sculptures.ts';

/** What the catalogue says of every work, picture or sculpture. */
interface Catalogued {
  slug: string;
  title: string;
  artist: string;
  year: number;
  medium: string;
  description: string;
}

interface Work extends Catalogued {
  width: number;
  height: number;
  seed: number;
  paint: Painter;
}

// The artists are fictional; every image is made by the painters in paintings.ts.
const works: Work[] = [
  {
    slug: 'undertow',
    title: 'Undertow',
    artist: 'Ines Marlow',
    year: 2023,
    medium: 'Generative drawing, pigment on night-blue ground',
    description:
      'Fourteen hundred hairlines let go in an invisible current and carried by it until they fade. ' +
      'Where the strokes crowd, the dark water seems to turn over.',
    width: 768,
    height: 512,
    seed: 0x5eed_0001,
    paint: flowField,
  },
  {
    slug: 'interference',
    title: 'Interference',
    artist: 'Teodor Halvik',
    year: 2021,
    medium: 'Generative print, three inks on paper',
    description:
      'Three sets of plain concentric rings, slightly off centre from one another. ' +
      'None of the large ghostly shapes is drawn; they appear only where the rings disagree.',
    width: 512,
    height: 512,
    seed: 0x5eed_0002,
    paint: moireRings,
  },
  {
    slug: 'composition-in-stillness',
    title: 'Composition in Stillness',
    artist: 'Suki Varga',
    year: 2019,
    medium: 'Generative painting, oil-effect on canvas',
    description:
      'A homage to the grid painters: black bars divide the field by chance, and the primaries are placed ' +
      'so that no one of them can dominate.',
    width: 480,
    height: 640,
    seed: 0x5eed_0003,
    paint: mondrianGrid,
  },
  {
    slug: 'quarter-turns',
    title: 'Quarter Turns',
    artist: 'Teodor Halvik',
    year: 2022,
    medium: 'Generative tiling, digital print',
    description:
      'One square tile with two quarter-circle arcs, laid at random in one of two orientations. ' +
      'The arcs join up into ribbons that never cross and never end.',
    width: 600,
    height: 600,
    seed: 0x5eed_0004,
    paint: truchetTiles,
  },
  {
    slug: 'last-light-over-vell',
    title: 'Last Light over Vell',
    artist: 'Ines Marlow',
    year: 2024,
    medium: 'Generative landscape, digital painting',
    description:
      'An imagined valley at the moment the sun touches the far ridge. ' +
      'Each range of hills stands a little further into the haze than the one before it.',
    width: 800,
    height: 450,
    seed: 0x5eed_0005,
    paint: sunsetRidges,
  },
  {
    slug: 'window-for-a-quiet-room',
    title: 'Window for a Quiet Room',
    artist: 'Ama Okonjo-Reyes',
    year: 2022,
    medium: 'Generative design for stained glass',
    description:
      'A lancet window whose panes are the cells of a Voronoi diagram, coloured in rings around an ' +
      'unseen rose. It is meant for a room where nobody speaks.',
    width: 480,
    height: 640,
    seed: 0x5eed_0006,
    paint: voronoiMosaic,
  },
  {
    slug: 'pendulum-letters',
    title: 'Pendulum Letters',
    artist: 'Ama Okonjo-Reyes',
    year: 2024,
    medium: 'Harmonograph drawing, graded ink on paper',
    description:
      'Two pendulums steer a pen across a slowly turning table until friction stills them. ' +
      'The ink changes colour as the swing dies away, so the drawing keeps its own time.',
    width: 512,
    height: 512,
    seed: 0x5eed_0007,
    paint: harmonograph,
  },
  {
    slug: 'riverine',
    title: 'Riverine',
    artist: 'Suki Varga',
    year: 2020,
    medium: 'Generative op-art painting, acrylic-effect on canvas',
    description:
      'Red and blue-green stripes on a pale ground, bent by a wave that swells and slackens across the ' +
      'canvas. Looked at for long enough, the surface begins to flow.',
    width: 720,
    height: 540,
    seed: 0x5eed_0008,
    paint: waveStripes,
  },
];

interface Sculpture extends Catalogued {
  build: SculptureBuilder;
}

/** Every sculpture's preview is the same portrait size, so the lists and the shop can line them up. */
const PREVIEW_WIDTH = 480;
const PREVIEW_HEIGHT = 600;

// Shown on plinths; each model is built by sculpture/sculptures.ts and its picture by sculpture/render.ts.
const sculptures: Sculpture[] = [
  {
    slug: 'tidal-knot',
    title: 'Tidal Knot',
    artist: 'Teodor Halvik',
    year: 2023,
    medium: 'Bronze-effect generated form on a slate-effect base',
    description:
      'A trefoil, the simplest knot that cannot be untied, drawn as one unbroken tube and balanced on a ' +
      'single lobe. Verdigris gathers in its inner curves, as it would on a bronze left out in the sea air.',
    build: tidalKnot,
  },
  {
    slug: 'cairn-for-a-slow-river',
    title: 'Cairn for a Slow River',
    artist: 'Ama Okonjo-Reyes',
    year: 2024,
    medium: 'Generated form, six stone-effect pebbles',
    description:
      'Six river stones, each worn smooth by its own imagined current, balanced from the largest to the ' +
      'smallest. Nothing holds them together but their weight and the patience of whoever stacked them.',
    build: cairnForASlowRiver,
  },
  {
    slug: 'spiral-stair',
    title: 'Spiral Stair',
    artist: 'Suki Varga',
    year: 2021,
    medium: 'Generated form, ash-, ivory- and vermilion-effect slabs on a brass spine',
    description:
      'Twenty-eight thin slabs, each turned six and a half degrees further than the one beneath it, so that ' +
      'a stack of straight edges becomes a curve. Every seventh step is red, to keep count of the climb.',
    build: spiralStair,
  },
];

const outDir = join(import.meta.dirname, '..', 'artworks');
mkdirSync(outDir, { recursive: true });

/** One line of catalogue.json; `model` (the .glb beside the picture) only for sculptures. */
interface Entry extends Catalogued {
  file: string;
  width: number;
  height: number;
  model?: string;
}

const catalogue: Entry[] = works.map(
  ({ slug, title, artist, year, medium, description, width, height, seed, paint }) => {
    const file = `${slug}.png`;
    const png = encodePng(width, height, paint(width, height, seed));
    writeFileSync(join(outDir, file), png);
    console.log(`${file.padEnd(32)} ${`${width}x${height}`.padEnd(8)} ${(png.length / 1024).toFixed(1)} kB`);
    return { slug, title, artist, year, medium, description, file, width, height };
  },
);

for (const { slug, title, artist, year, medium, description, build } of sculptures) {
  const model = `${slug}.glb`;
  const file = `${slug}.png`;
  const glb = await exportGlb(build());
  writeFileSync(join(outDir, model), glb);
  const preview = renderPreview(build(), PREVIEW_WIDTH, PREVIEW_HEIGHT);
  const png = encodePng(preview.width, preview.height, preview.rgba);
  writeFileSync(join(outDir, file), png);
  console.log(`${model.padEnd(32)} ${'model'.padEnd(8)} ${(glb.length / 1024).toFixed(1)} kB`);
  console.log(
    `${file.padEnd(32)} ${`${preview.width}x${preview.height}`.padEnd(8)} ${(png.length / 1024).toFixed(1)} kB`,
  );
  catalogue.push({
    slug,
    title,
    artist,
    year,
    medium,
    description,
    file,
    width: preview.width,
    height: preview.height,
    model,
  });
}

writeFileSync(join(outDir, 'catalogue.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
console.log(`catalogue.json: ${catalogue.length} works`);
