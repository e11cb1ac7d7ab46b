// A small software renderer for the sculptures' preview pictures: no GPU, no browser, the same pixels on every
// run. It rasterises every mesh's triangles with a z-buffer into a buffer of surface samples (position,
// interpolated normal, material), shades each sample against a fixed studio light rig (key, fill and rim
// lights, a sky-and-floor ambient, Blinn-Phong highlights and a blurred studio reflection that makes metal read
// as metal), lays a soft contact shadow on the floor under the work, and averages 2x2 samples per pixel.

import {
  Box3,
  Color,
  Matrix3,
  type Mesh,
  MeshStandardMaterial,
  type Object3D,
  PerspectiveCamera,
  Vector3,
} from 'three';

/** Samples per pixel along each axis (2 = 2x2 supersampling). */
const SUPERSAMPLE = 2;

/** Where the automatic camera stands: a three-quarter view from slightly above. */
const CAMERA_FOV = 30;
const CAMERA_AZIMUTH = (35 * Math.PI) / 180;
const CAMERA_ELEVATION = (14 * Math.PI) / 180;
/** Share of the half-frame the work's bounding box may fill, leaving a margin around it. */
const CAMERA_FILL = 0.8;

/**
 * A camera looking at the object's bounding box from the front right, slightly above, as close as it can be
 * with all eight corners of the box inside the frame.
 */
export function frameCamera(object: Object3D, aspect: number): PerspectiveCamera {
  const box = new Box3().setFromObject(object, true);
  const centre = box.getCenter(new Vector3());
  const back = new Vector3(
    Math.sin(CAMERA_AZIMUTH) * Math.cos(CAMERA_ELEVATION),
    Math.sin(CAMERA_ELEVATION),
    Math.cos(CAMERA_AZIMUTH) * Math.cos(CAMERA_ELEVATION),
  );
  const camera = new PerspectiveCamera(CAMERA_FOV, aspect, 0.01, 100);
  camera.position.copy(centre).add(back);
  camera.lookAt(centre);
  camera.updateMatrixWorld();
  const right = new Vector3().setFromMatrixColumn(camera.matrixWorld, 0);
  const up = new Vector3().setFromMatrixColumn(camera.matrixWorld, 1);

  const tanV = Math.tan((CAMERA_FOV * Math.PI) / 360) * CAMERA_FILL;
  const tanH = tanV * aspect;
  let distance = 0;
  const d = new Vector3();
  for (let corner = 0; corner < 8; corner++) {
    d.set(
      corner & 1 ? box.max.x : box.min.x,
      corner & 2 ? box.max.y : box.min.y,
      corner & 4 ? box.max.z : box.min.z,
    );
    d.sub(centre);
    const z = d.dot(back);
    distance = Math.max(distance, z + Math.abs(d.dot(right)) / tanH, z + Math.abs(d.dot(up)) / tanV);
  }
  camera.position.copy(centre).addScaledVector(back, distance);
  camera.lookAt(centre);
  camera.near = Math.max(0.01, distance * 0.05);
  camera.far = distance * 10;
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
  return camera;
}

/** Surface samples: what the z-buffer kept at each sample, to be shaded once afterwards. */
interface Samples {
  width: number;
  height: number;
  /** 1 / view depth of the nearest surface, 0 where there is none (so larger is nearer). */
  inverseDepth: Float32Array;
  position: Float32Array;
  normal: Float32Array;
  albedo: Float32Array;
  metalness: Float32Array;
  roughness: Float32Array;
}

function materialOf(mesh: Mesh): MeshStandardMaterial {
  const material = mesh.material;
  if (!(material instanceof MeshStandardMaterial)) {
    throw new Error(`${mesh.name || 'a mesh'}: the preview renderer draws one MeshStandardMaterial per mesh`);
  }
  return material;
}

/** Projects one mesh's vertices and rasterises its triangles into the sample buffer. */
function rasteriseMesh(mesh: Mesh, camera: PerspectiveCamera, out: Samples): void {
  const material = materialOf(mesh);
  // Normals are computed on a copy when a mesh has none, so rendering never changes the object drawn.
  let geometry = mesh.geometry;
  if (!geometry.hasAttribute('normal')) {
    geometry = geometry.clone();
    geometry.computeVertexNormals();
  }
  const position = geometry.getAttribute('position');
  const normal = geometry.getAttribute('normal');
  const colour = material.vertexColors ? geometry.getAttribute('color') : undefined;

  const n = position.count;
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  const iw = new Float64Array(n);
  const world = new Float64Array(n * 3);
  const normals = new Float64Array(n * 3);
  const albedo = new Float64Array(n * 3);
  const normalMatrix = new Matrix3().getNormalMatrix(mesh.matrixWorld);
  const v = new Vector3();
  const c = new Color();
  const vertexColour = new Color();
  for (let i = 0; i < n; i++) {
    v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    world[i * 3] = v.x;
    world[i * 3 + 1] = v.y;
    world[i * 3 + 2] = v.z;
    v.applyMatrix4(camera.matrixWorldInverse);
    iw[i] = -v.z > camera.near ? 1 / -v.z : 0;
    v.applyMatrix4(camera.projectionMatrix);
    sx[i] = ((v.x + 1) / 2) * out.width;
    sy[i] = ((1 - v.y) / 2) * out.height;
    v.fromBufferAttribute(normal, i).applyMatrix3(normalMatrix).normalize();
    normals[i * 3] = v.x;
    normals[i * 3 + 1] = v.y;
    normals[i * 3 + 2] = v.z;
    c.copy(material.color);
    if (colour) c.multiply(vertexColour.fromBufferAttribute(colour, i));
    albedo[i * 3] = c.r;
    albedo[i * 3 + 1] = c.g;
    albedo[i * 3 + 2] = c.b;
  }

  const index = geometry.index;
  const triangles = (index ? index.count : n) / 3;
  const vertex = (k: number): number => (index ? index.getX(k) : k);
  const attributes = [world, normals, albedo];
  const outputs = [out.position, out.normal, out.albedo];
  for (let t = 0; t < triangles; t++) {
    const a = vertex(t * 3);
    const b = vertex(t * 3 + 1);
    const d = vertex(t * 3 + 2);
    // A triangle reaching behind the camera is skipped; the automatic camera always stands clear of the work.
    if (iw[a] === 0 || iw[b] === 0 || iw[d] === 0) continue;
    const area = (sx[b] - sx[a]) * (sy[d] - sy[a]) - (sy[b] - sy[a]) * (sx[d] - sx[a]);
    if (Math.abs(area) < 1e-12) continue;
    const x0 = Math.max(0, Math.floor(Math.min(sx[a], sx[b], sx[d])));
    const x1 = Math.min(out.width - 1, Math.ceil(Math.max(sx[a], sx[b], sx[d])));
    const y0 = Math.max(0, Math.floor(Math.min(sy[a], sy[b], sy[d])));
    const y1 = Math.min(out.height - 1, Math.ceil(Math.max(sy[a], sy[b], sy[d])));
    for (let y = y0; y <= y1; y++) {
      const py = y + 0.5;
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5;
        // Screen-space barycentrics; dividing by the signed area accepts either winding.
        const la = ((sx[b] - px) * (sy[d] - py) - (sy[b] - py) * (sx[d] - px)) / area;
        const lb = ((sx[d] - px) * (sy[a] - py) - (sy[d] - py) * (sx[a] - px)) / area;
        const ld = 1 - la - lb;
        if (la < 0 || lb < 0 || ld < 0) continue;
        const inverseDepth = la * iw[a] + lb * iw[b] + ld * iw[d];
        const s = y * out.width + x;
        if (inverseDepth <= out.inverseDepth[s]) continue;
        out.inverseDepth[s] = inverseDepth;
        // Perspective-correct interpolation of the vertex attributes.
        const wa = (la * iw[a]) / inverseDepth;
        const wb = (lb * iw[b]) / inverseDepth;
        const wd = (ld * iw[d]) / inverseDepth;
        for (let k = 0; k < 3; k++) {
          const from = attributes[k];
          const to = outputs[k];
          for (let j = 0; j < 3; j++)
            to[s * 3 + j] = wa * from[a * 3 + j] + wb * from[b * 3 + j] + wd * from[d * 3 + j];
        }
        out.metalness[s] = material.metalness;
        out.roughness[s] = material.roughness;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// The studio: lights given in camera space (x right, y up, z towards the viewer), so every work is lit the
// same way whatever the camera's direction.

interface Light {
  direction: Vector3;
  intensity: number;
}

const KEY = { direction: new Vector3(-0.55, 0.7, 0.45), intensity: 2.3 };
const FILL = { direction: new Vector3(0.8, 0.15, 0.55), intensity: 0.6 };
const RIM = { direction: new Vector3(0.35, 0.45, -0.8), intensity: 1.1 };
const SKY_AMBIENT = 0.42;
const FLOOR_AMBIENT = 0.16;

/** The studio as a mirror sees it: a bright ceiling, a darker floor, and the key light's big softbox. The
 * softbox spreads as the surface gets rougher. */
function studioReflection(rx: number, ry: number, rz: number, key: Vector3, roughness: number): number {
  const t = Math.min(1, Math.max(0, ry * 0.5 + 0.5));
  const sweep = 0.16 + 0.7 * t * t * (3 - 2 * t);
  const facing = Math.max(0, rx * key.x + ry * key.y + rz * key.z);
  const sharpness = 6 + 90 * (1 - roughness) ** 3;
  return sweep + 3.2 * facing ** sharpness * (1 - roughness * 0.6);
}

/** Filmic tone curve (Narkowicz's fit to ACES), then sRGB encoding: linear light to a display value 0..1. */
function display(linear: number): number {
  const x = linear * 0.85;
  const mapped = Math.min(1, Math.max(0, (x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14)));
  return mapped <= 0.0031308 ? mapped * 12.92 : 1.055 * mapped ** (1 / 2.4) - 0.055;
}

/** Background display colour: a vertical grey gradient, lighter above, like a paper sweep. */
function backdrop(v: number, out: [number, number, number]): void {
  const t = v * v;
  out[0] = 0.86 - 0.24 * t;
  out[1] = 0.855 - 0.24 * t;
  out[2] = 0.845 - 0.245 * t;
}

export interface Picture {
  width: number;
  height: number;
  /** width * height RGBA pixels, row-major, alpha always 255. */
  rgba: Uint8Array;
}

/**
 * Renders the object's meshes as seen by the camera (by default framed automatically) into a width x height
 * picture. Pure: the same object, size and camera give the same bytes.
 */
export function renderPreview(
  object: Object3D,
  width: number,
  height: number,
  camera: PerspectiveCamera = frameCamera(object, width / height),
): Picture {
  object.updateMatrixWorld(true);
  camera.updateMatrixWorld();
  const w = width * SUPERSAMPLE;
  const h = height * SUPERSAMPLE;
  const count = w * h;
  const samples: Samples = {
    width: w,
    height: h,
    inverseDepth: new Float32Array(count),
    position: new Float32Array(count * 3),
    normal: new Float32Array(count * 3),
    albedo: new Float32Array(count * 3),
    metalness: new Float32Array(count),
    roughness: new Float32Array(count),
  };
  object.traverse((child) => {
    const mesh = child as Mesh;
    if (mesh.isMesh && mesh.visible) rasteriseMesh(mesh, camera, samples);
  });

  const shaded = shadeSamples(object, camera, samples);
  const rgba = new Uint8Array(width * height * 4);
  const weight = 1 / (SUPERSAMPLE * SUPERSAMPLE);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let sy = 0; sy < SUPERSAMPLE; sy++) {
          for (let sx = 0; sx < SUPERSAMPLE; sx++) {
            sum += shaded[((y * SUPERSAMPLE + sy) * w + x * SUPERSAMPLE + sx) * 3 + j];
          }
        }
        rgba[(y * width + x) * 4 + j] = Math.round(Math.min(1, Math.max(0, sum * weight)) * 255);
      }
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, rgba };
}

/** Display colours (0..1) for every sample: the lit surface where there is one, else the studio backdrop
 * with the work's soft shadow on the floor. */
function shadeSamples(object: Object3D, camera: PerspectiveCamera, samples: Samples): Float32Array {
  const { width: w, height: h } = samples;
  const toWorld = (light: Light): Light => ({
    direction: light.direction.clone().normalize().transformDirection(camera.matrixWorld),
    intensity: light.intensity,
  });
  const lights = [toWorld(KEY), toWorld(FILL), toWorld(RIM)];
  const key = lights[0].direction;
  const eye = camera.getWorldPosition(new Vector3());

  // The contact shadow: an ellipse a little wider than the work's footprint, darkest right under it.
  const box = new Box3().setFromObject(object, true);
  const shadowCentre = box.isEmpty() ? null : box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  const rx = size.x * 0.62 + 0.04;
  const rz = size.z * 0.62 + 0.04;
  const forward = new Vector3().setFromMatrixColumn(camera.matrixWorld, 2).negate();
  const right = new Vector3().setFromMatrixColumn(camera.matrixWorld, 0);
  const up = new Vector3().setFromMatrixColumn(camera.matrixWorld, 1);
  const tanV = Math.tan((camera.fov * Math.PI) / 360);
  const tanH = tanV * camera.aspect;

  const out = new Float32Array(w * h * 3);
  const back: [number, number, number] = [0, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const s = y * w + x;
      if (samples.inverseDepth[s] === 0) {
        backdrop((y + 0.5) / h, back);
        let shade = 1;
        if (shadowCentre) {
          // Where the ray through this sample meets the floor (y = 0), if it does.
          const nx = ((x + 0.5) / w) * 2 - 1;
          const ny = 1 - ((y + 0.5) / h) * 2;
          const dx = forward.x + nx * tanH * right.x + ny * tanV * up.x;
          const dy = forward.y + nx * tanH * right.y + ny * tanV * up.y;
          const dz = forward.z + nx * tanH * right.z + ny * tanV * up.z;
          if (dy < 0) {
            const t = -eye.y / dy;
            const fx = (eye.x + t * dx - shadowCentre.x) / rx;
            const fz = (eye.z + t * dz - shadowCentre.z) / rz;
            const q = Math.sqrt(fx * fx + fz * fz);
            shade = 1 - 0.32 * (1 - smoothstep(0.2, 1.25, q)) - 0.22 * (1 - smoothstep(0, 0.7, q));
          }
        }
        for (let j = 0; j < 3; j++) out[s * 3 + j] = back[j] * shade;
        continue;
      }

      let nx = samples.normal[s * 3];
      let ny = samples.normal[s * 3 + 1];
      let nz = samples.normal[s * 3 + 2];
      const nl = Math.hypot(nx, ny, nz) || 1;
      nx /= nl;
      ny /= nl;
      nz /= nl;
      let vx = eye.x - samples.position[s * 3];
      let vy = eye.y - samples.position[s * 3 + 1];
      let vz = eye.z - samples.position[s * 3 + 2];
      const vl = Math.hypot(vx, vy, vz);
      vx /= vl;
      vy /= vl;
      vz /= vl;
      const nv = Math.max(1e-3, nx * vx + ny * vy + nz * vz);
      const metal = samples.metalness[s];
      const rough = Math.max(0.05, samples.roughness[s]);
      const shininess = Math.min(2000, 2 / rough ** 4);
      const fresnel = (1 - nv) ** 5;

      // Mirror direction of the view about the normal, for the studio reflection.
      const rxv = 2 * nv * nx - vx;
      const ryv = 2 * nv * ny - vy;
      const rzv = 2 * nv * nz - vz;
      const reflection = studioReflection(rxv, ryv, rzv, key, rough);
      const ambient = FLOOR_AMBIENT + (SKY_AMBIENT - FLOOR_AMBIENT) * (ny * 0.5 + 0.5);

      for (let j = 0; j < 3; j++) {
        const base = samples.albedo[s * 3 + j];
        const diffuseColour = base * (1 - metal);
        const f0 = 0.04 * (1 - metal) + base * metal;
        const f = f0 + (1 - f0) * fresnel * (1 - rough) ** 2;
        let light = diffuseColour * ambient + f * reflection * (metal > 0 ? 1 : 0.6);
        for (const { direction: l, intensity } of lights) {
          const nDotL = nx * l.x + ny * l.y + nz * l.z;
          if (nDotL <= 0) continue;
          let hx = l.x + vx;
          let hy = l.y + vy;
          let hz = l.z + vz;
          const hl = Math.hypot(hx, hy, hz) || 1;
          hx /= hl;
          hy /= hl;
          hz /= hl;
          const nh = Math.max(0, nx * hx + ny * hy + nz * hz);
          const specular = ((shininess + 8) / (8 * Math.PI)) * nh ** shininess;
          light += intensity * nDotL * (diffuseColour / Math.PI + f0 * specular * 0.5) * Math.PI * 0.5;
        }
        out[s * 3 + j] = display(light);
      }
    }
  }
  return out;
}

function smoothstep(edge0: number, edge1: number, v: number): number {
  const t = Math.min(1, Math.max(0, (v - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}
