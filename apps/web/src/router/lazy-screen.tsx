import { useEffect, useState } from 'preact/hooks';
import type { Screen, ScreenProps } from './route';
import { LoadingState, ErrorState } from '../ui/states';

/**
 * A screen whose code is loaded when first shown, so each area is its own chunk:
 * `screen: lazyScreen(() => import('./IkmHome'))` where the module's default export is the screen.
 */
export function lazyScreen(load: () => Promise<{ default: Screen }>): Screen {
  let loaded: Screen | null = null;
  let pending: Promise<Screen> | null = null;
  const fetchScreen = () => (pending ??= load().then((module) => (loaded = module.default)).catch((error) => {
    pending = null;
    throw error;
  }));

  return function LazyScreen(props: ScreenProps) {
    const [screen, setScreen] = useState<Screen | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (screen) return;
      let live = true;
      fetchScreen().then((s) => live && setScreen(() => s), () => live && setFailed(true));
      return () => {
        live = false;
      };
    }, [screen, failed]);
    if (failed) return <ErrorState onRetry={() => setFailed(false)} />;
    if (!screen) return <LoadingState />;
    const Loaded = screen;
    return <Loaded {...props} />;
  };
}
