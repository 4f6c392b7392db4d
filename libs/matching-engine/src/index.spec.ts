import * as engine from './index';

describe('public API', () => {
  it('exposes the engine through the barrel', () => {
    expect(engine.MATCHING_ENGINE_VERSION).toBe('v1');
    for (const fn of ['rankCandidates', 'scoreProfile', 'suggestConsortia', 'explainComponent']) {
      expect(typeof (engine as Record<string, unknown>)[fn]).toBe('function');
    }
  });

  it('ships default weights that sum to 1 and defaults that validate', () => {
    expect(() => engine.assertValidWeights(engine.DEFAULT_WEIGHTS)).not.toThrow();
    expect(engine.resolveEngineOptions()).toEqual({ topK: 20, threshold: 0.35, weights: engine.DEFAULT_WEIGHTS });
  });
});
