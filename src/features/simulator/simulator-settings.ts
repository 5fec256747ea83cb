// The simulator's settings, kept in the URL (one `sim` parameter holding JSON) so that a
// simulation can be shared as a link. Anything malformed in a link falls back to the defaults.
import type { ContextEntry, ContextKeyType, SimulationPrincipalKind } from '@/queries/types';
import { CONTEXT_KEY_TYPES } from '@/queries/iam-simulator';

export type SimulatorMode = 'existing' | 'new';

export interface SandboxPolicy {
  name: string;
  document: string;
}

export interface SimulatorSettings {
  mode: SimulatorMode;
  principalKind: SimulationPrincipalKind;
  principalName: string;
  /** Ids of the principal's policies the learner unticked. */
  excluded: string[];
  includeBoundary: boolean;
  includeScps: boolean;
  /** The "Policy Sandbox" policies (New Policy mode). */
  policies: SandboxPolicy[];
  services: string[];
  actions: string[];
  resources: string[];
  resourcePolicy: string;
  resourceOwner: string;
  context: ContextEntry[];
}

export const DEFAULT_SETTINGS: SimulatorSettings = {
  mode: 'existing',
  principalKind: 'user',
  principalName: '',
  excluded: [],
  includeBoundary: true,
  includeScps: false,
  policies: [],
  services: [],
  actions: [],
  resources: [],
  resourcePolicy: '',
  resourceOwner: '',
  context: [],
};

const KINDS: readonly SimulationPrincipalKind[] = ['user', 'group', 'role'];

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

function contextEntries(value: unknown): ContextEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e): ContextEntry[] => {
    if (typeof e !== 'object' || e === null) return [];
    const r = e as Record<string, unknown>;
    const type = r['contextKeyType'];
    if (typeof r['contextKeyName'] !== 'string') return [];
    if (!(CONTEXT_KEY_TYPES as readonly unknown[]).includes(type)) return [];
    return [
      {
        contextKeyName: r['contextKeyName'],
        contextKeyType: type as ContextKeyType,
        contextKeyValues: strings(r['contextKeyValues']),
      },
    ];
  });
}

function sandboxPolicies(value: unknown): SandboxPolicy[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p): SandboxPolicy[] => {
    if (typeof p !== 'object' || p === null) return [];
    const r = p as Record<string, unknown>;
    return typeof r['name'] === 'string' && typeof r['document'] === 'string'
      ? [{ name: r['name'], document: r['document'] }]
      : [];
  });
}

/** Reads the `sim` parameter; checks every field, keeping the defaults for what is wrong. */
export function readSettings(param: string | null): SimulatorSettings {
  if (!param) return DEFAULT_SETTINGS;
  let value: unknown;
  try {
    value = JSON.parse(param);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const r = value as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const kind = r['principalKind'];
  return {
    mode: r['mode'] === 'new' ? 'new' : 'existing',
    principalKind: KINDS.includes(kind as SimulationPrincipalKind)
      ? (kind as SimulationPrincipalKind)
      : d.principalKind,
    principalName: text(r['principalName'], d.principalName),
    excluded: strings(r['excluded']),
    includeBoundary: r['includeBoundary'] !== false,
    includeScps: r['includeScps'] === true,
    policies: sandboxPolicies(r['policies']),
    services: strings(r['services']),
    actions: strings(r['actions']),
    resources: strings(r['resources']),
    resourcePolicy: text(r['resourcePolicy'], d.resourcePolicy),
    resourceOwner: text(r['resourceOwner'], d.resourceOwner),
    context: contextEntries(r['context']),
  };
}

/** The `sim` parameter for these settings: only what differs from the defaults. */
export function writeSettings(settings: SimulatorSettings): string {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    const fallback = DEFAULT_SETTINGS[key as keyof SimulatorSettings];
    if (JSON.stringify(value) !== JSON.stringify(fallback)) out[key] = value;
  }
  return JSON.stringify(out);
}
