/** The backend policy: a workload and what the browser offers → a backend and the reason the badge gives. */
import { describe, expect, it } from 'vitest';
import {
  chooseBackend,
  classifyWebgl,
  forcedBackend,
  REASONS,
  webglNeeded,
  type BackendEnvironment,
  type WebglSupport,
} from '~/lib/backend-policy';

const env = (webgl: WebglSupport, forced: BackendEnvironment['forced'] = null): BackendEnvironment => ({ forced, webgl });

describe('chooseBackend', () => {
  it('runs interactive work on the CPU, whatever the GPU', () => {
    for (const webgl of ['hardware', 'software'] as const) {
      expect(chooseBackend({ kind: 'interactive' }, env(webgl))).toEqual({ backend: 'cpu', reason: REASONS.small });
    }
  });

  it('runs batched work on WebGL only on a hardware GPU', () => {
    expect(chooseBackend({ kind: 'batched' }, env('hardware'))).toEqual({ backend: 'webgl', reason: REASONS.batch });
    expect(chooseBackend({ kind: 'batched' }, env('software'))).toEqual({ backend: 'cpu', reason: REASONS.software });
  });

  it('says why when WebGL is missing or lost', () => {
    expect(chooseBackend({ kind: 'batched' }, env('none'))).toEqual({ backend: 'cpu', reason: REASONS.unavailable });
    expect(chooseBackend({ kind: 'batched' }, env('lost'))).toEqual({ backend: 'cpu', reason: REASONS.lost });
  });

  it('obeys the page address over everything, as far as WebGL exists', () => {
    expect(chooseBackend({ kind: 'interactive', prefer: 'cpu' }, env('software', 'webgl'))).toEqual({
      backend: 'webgl',
      reason: REASONS.forced,
    });
    expect(chooseBackend({ kind: 'batched', prefer: 'webgl' }, env('hardware', 'cpu'))).toEqual({
      backend: 'cpu',
      reason: REASONS.forced,
    });
    expect(chooseBackend({ kind: 'interactive' }, env('none', 'webgl'))).toEqual({ backend: 'cpu', reason: REASONS.unavailable });
    expect(chooseBackend({ kind: 'interactive' }, env('lost', 'webgl'))).toEqual({ backend: 'cpu', reason: REASONS.lost });
  });

  it("follows a figure's preference, but never onto a software WebGL", () => {
    expect(chooseBackend({ kind: 'batched', prefer: 'cpu' }, env('hardware'))).toEqual({
      backend: 'cpu',
      reason: REASONS.preferred,
    });
    expect(chooseBackend({ kind: 'interactive', prefer: 'webgl' }, env('hardware'))).toEqual({
      backend: 'webgl',
      reason: REASONS.preferred,
    });
    expect(chooseBackend({ kind: 'interactive', prefer: 'webgl' }, env('software')).backend).toBe('cpu');
  });

  it('never picks a backend the runtime did not start', () => {
    const supports: WebglSupport[] = ['hardware', 'software', 'none', 'lost'];
    for (const webgl of supports) {
      for (const forced of [null, 'cpu', 'webgl'] as const) {
        for (const kind of ['interactive', 'batched'] as const) {
          for (const prefer of [undefined, 'cpu', 'webgl'] as const) {
            const e = env(webgl, forced);
            const { backend } = chooseBackend(prefer ? { kind, prefer } : { kind }, e);
            const started = webgl !== 'none' && webgl !== 'lost' && webglNeeded(e);
            if (backend === 'webgl') expect(started, JSON.stringify({ e, kind, prefer })).toBe(true);
          }
        }
      }
    }
  });
});

describe('classifyWebgl', () => {
  it('recognises software renderers by name', () => {
    const swiftShader = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
    expect(classifyWebgl(swiftShader, true)).toBe('software');
    expect(classifyWebgl('llvmpipe (LLVM 15.0.6, 256 bits)', true)).toBe('software');
    expect(classifyWebgl('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)', true)).toBe('software');
    expect(classifyWebgl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', true)).toBe('hardware');
  });

  it('takes a refused failIfMajorPerformanceCaveat context as software when the name is hidden', () => {
    expect(classifyWebgl(null, false)).toBe('software');
    expect(classifyWebgl(null, true)).toBe('hardware');
  });
});

describe('forcedBackend', () => {
  it('reads ?backend=cpu and ?backend=webgl and ignores anything else', () => {
    expect(forcedBackend('?backend=cpu')).toBe('cpu');
    expect(forcedBackend('?recon.digit=3&backend=webgl')).toBe('webgl');
    expect(forcedBackend('?backend=wasm')).toBeNull();
    expect(forcedBackend('?backend=WEBGL')).toBeNull();
    expect(forcedBackend('')).toBeNull();
  });
});
