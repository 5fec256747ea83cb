// Loads the generated catalog lazily: the index, the versions and each service's detail chunk are
// separate dynamic imports, so none of them is in the console's first page load.
import type { ServiceCatalog } from '../types';
import { GeneratedServiceCatalog } from './service-catalog';

let catalog: Promise<GeneratedServiceCatalog> | undefined;

/**
 * Loads the service authorization reference (every AWS service's actions and access levels),
 * once, and the detail chunks of `options.services`. Later calls return the same catalog.
 */
export async function loadServiceCatalog(options?: {
  services?: readonly string[];
}): Promise<GeneratedServiceCatalog> {
  catalog ??= createCatalog();
  const loaded = await catalog.catch((err: unknown) => {
    catalog = undefined;
    throw err;
  });
  if (options?.services?.length) await loaded.loadServices(options.services);
  return loaded;
}

async function createCatalog(): Promise<GeneratedServiceCatalog> {
  const [index, versions, loaders] = await Promise.all([
    import('./generated/index-data').then((m) => m.default),
    import('./generated/versions').then((m) => m.default),
    import('./generated/service-loaders').then((m) => m.default),
  ]);
  return new GeneratedServiceCatalog(index, versions, (prefix) => {
    const load = Object.hasOwn(loaders, prefix) ? loaders[prefix] : undefined;
    return load ? load() : Promise.resolve(undefined);
  });
}

/** Narrows a ServiceCatalog to the generated one, which has extra lookups (conditionKeysOf, ...). */
export function isGeneratedCatalog(catalog: ServiceCatalog): catalog is GeneratedServiceCatalog {
  return catalog instanceof GeneratedServiceCatalog;
}
