import { describe, expect, it } from 'vitest';
import { chooseDelegate, isSoftwareRenderer } from './delegate.ts';

// Renderer names as browsers report them (WEBGL_debug_renderer_info).
const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'ANGLE (Mesa, llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5)';
const WINDOWS_VM = 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)';
const INTEL = 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)';
const APPLE = 'ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)';
const NVIDIA = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('where the landmarkers run', () => {
  it('tells software WebGL from a graphics card', () => {
    for (const renderer of [SWIFTSHADER, LLVMPIPE, WINDOWS_VM])
      expect(isSoftwareRenderer(renderer)).toBe(true);
    for (const renderer of [INTEL, APPLE, NVIDIA]) expect(isSoftwareRenderer(renderer)).toBe(false);
  });

  it('runs on a graphics card when asked to choose and there is one', () => {
    expect(chooseDelegate('auto', INTEL)).toBe('GPU');
    expect(chooseDelegate('auto', APPLE)).toBe('GPU');
  });

  it('stays on the processor when WebGL is software or missing', () => {
    expect(chooseDelegate('auto', SWIFTSHADER)).toBe('CPU');
    expect(chooseDelegate('auto', LLVMPIPE)).toBe('CPU');
    expect(chooseDelegate('auto', null)).toBe('CPU');
  });

  it("keeps the performer's own choice", () => {
    expect(chooseDelegate('GPU', SWIFTSHADER)).toBe('GPU');
    expect(chooseDelegate('CPU', NVIDIA)).toBe('CPU');
  });
});
