// The default avatars people choose from at entry: one parametrised description each. Everything that differs
// between them — colours, build, hair, sleeves — is here; the builders in this folder do the rest.

export type HairStyle = 'bob' | 'crop' | 'bun';

export interface AvatarColours {
  /** sRGB hex strings ('#rrggbb'), so the catalogue can show them as they are. */
  skin: string;
  lips: string;
  iris: string;
  hair: string;
  shirt: string;
  trousers: string;
  belt: string;
  shoes: string;
  soles: string;
}

export interface AvatarBuild {
  /** Standing height to the top of the head, in metres. */
  height: number;
  /** Width factors (1 = average): shoulder breadth, hip breadth, limb and torso girth, head size. */
  shoulders: number;
  hips: number;
  girth: number;
  head: number;
}

export interface AvatarSpec {
  id: string;
  name: string;
  description: string;
  colours: AvatarColours;
  build: AvatarBuild;
  hair: HairStyle;
  /** Where the shirt sleeve ends: 'short' (above the elbow) or 'long' (at the wrist). */
  sleeves: 'short' | 'long';
}

export const AVATARS: readonly AvatarSpec[] = [
  {
    id: 'ada',
    name: 'Ada',
    description: 'Teal short-sleeved shirt, navy trousers, white trainers; dark brown bob.',
    colours: {
      skin: '#e2b08c',
      lips: '#b8615a',
      iris: '#4a2e1c',
      hair: '#3a2318',
      shirt: '#1c8c88',
      trousers: '#27345e',
      belt: '#1d1a18',
      shoes: '#f0eeea',
      soles: '#3c3c3c',
    },
    build: { height: 1.66, shoulders: 0.94, hips: 1.04, girth: 0.95, head: 1.0 },
    hair: 'bob',
    sleeves: 'short',
  },
  {
    id: 'bo',
    name: 'Bo',
    description: 'Mustard short-sleeved shirt, charcoal trousers, red shoes; black close crop.',
    colours: {
      skin: '#8a5432',
      lips: '#6e3a2e',
      iris: '#2a1a10',
      hair: '#151210',
      shirt: '#e29a2a',
      trousers: '#343b42',
      belt: '#5a3a22',
      shoes: '#b3302a',
      soles: '#f2efe8',
    },
    build: { height: 1.74, shoulders: 1.08, hips: 0.98, girth: 1.06, head: 1.02 },
    hair: 'crop',
    sleeves: 'short',
  },
  {
    id: 'cy',
    name: 'Cy',
    description: 'Coral long-sleeved shirt, denim-blue trousers, brown boots; auburn hair in a bun.',
    colours: {
      skin: '#f0c8a8',
      lips: '#c46a66',
      iris: '#3d6a8a',
      hair: '#8c3c1c',
      shirt: '#d0454e',
      trousers: '#3e5d8c',
      belt: '#2c2420',
      shoes: '#4c3222',
      soles: '#231a14',
    },
    build: { height: 1.7, shoulders: 1.0, hips: 1.0, girth: 1.0, head: 0.98 },
    hair: 'bun',
    sleeves: 'long',
  },
];
