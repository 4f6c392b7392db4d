import { RequestContext } from '@jalin/authz';

/**
 * Returns this request's instance of a loader, creating it on first use (Twenty habit:
 * DataLoaders live per request, so batching never leaks data between callers).
 */
export function requestLoader<T>(context: RequestContext, key: string, create: () => T): T {
  let loader = context.loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(key, loader);
  }
  return loader;
}
