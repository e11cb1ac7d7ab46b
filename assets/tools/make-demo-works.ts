// Regenerates the demo artist's works (the account `npm start` seeds for trying the studio and the shop):
//   node assets/tools/make-demo-works.ts
// Writes assets/artworks/demo/<slug>.png and assets/artworks/demo/catalogue.json. Deterministic, like
// make-artworks.ts: every work has a fixed seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harmonograph, sunsetRidges, truchetTiles, voronoiMosaic } from './paintings.ts';
import type { Painter } from './paintings.ts';
import { encodePng } from './png.ts';

interface DemoWork {
  slug: string;
  title: string;
  year: number;
  medium: string;
  description: string;
  tags: string[];
  dimensions: string;
  width: number;
  height: number;
  seed: number;
  paint: Painter;
}

// Mira Sol is fictional, like the venue's resident artists.
const works: DemoWork[] = [
  {
    slug: 'salt-road',
    title: 'Salt Road',
    year: 2026,
    medium: 'Generative print, pigment on cotton rag',
    description: 'Ridge after ridge of a coast road at dusk, each drawn from the one before it.',
    tags: ['landscape', 'generative', 'print'],
    dimensions: '60 × 40 cm',
    width: 768,
    height: 512,
    seed: 0xde_0001,
    paint: sunsetRidges,
  },
  {
    slug: 'tessellated-summer',
    title: 'Tessellated Summer',
    year: 2025,
    medium: 'Generative painting, acrylic-effect on board',
    description: 'Cells grown from scattered seeds until they meet: a mosaic no hand laid out.',
    tags: ['abstract', 'colour'],
    dimensions: '50 × 50 cm',
    width: 512,
    height: 512,
    seed: 0xde_0002,
    paint: voronoiMosaic,
  },
  {
    slug: 'quiet-pendulums',
    title: 'Quiet Pendulums',
    year: 2026,
    medium: 'Harmonograph drawing, ink on paper',
    description: 'Two pendulums, slightly out of tune, drawing until they come to rest.',
    tags: ['drawing', 'motion'],
    dimensions: '42 × 59.4 cm',
    width: 512,
    height: 724,
    seed: 0xde_0003,
    paint: harmonograph,
  },
  {
    slug: 'small-hours-tiles',
    title: 'Small Hours Tiles',
    year: 2024,
    medium: 'Generative print, two inks',
    description: 'A Truchet tiling whose arcs join into paths that never quite close.',
    tags: ['pattern', 'print'],
    dimensions: '30 × 30 cm',
    width: 512,
    height: 512,
    seed: 0xde_0004,
    paint: truchetTiles,
  },
];

const outDir = join(import.meta.dirname, '..', 'artworks', 'demo');
mkdirSync(outDir, { recursive: true });
const catalogue = works.map(({ seed, paint, ...work }) => {
  const file = `${work.slug}.png`;
  const png = encodePng(work.width, work.height, paint(work.width, work.height, seed));
  writeFileSync(join(outDir, file), png);
  console.log(
    `demo/${file.padEnd(27)} ${`${work.width}x${work.height}`.padEnd(8)} ${(png.length / 1024).toFixed(1)} kB`,
  );
  return { ...work, file };
});
writeFileSync(join(outDir, 'catalogue.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
console.log(`demo/catalogue.json: ${catalogue.length} works`);
