// The lab's "Request context" panel: the global condition keys its calls send (aws:SourceIp, the MFA
// keys, aws:CurrentTime / aws:EpochTime, aws:SecureTransport) instead of the defaults. A lab
// setting, not an AWS call: the learner's own lab controls it, so nothing is authorized.

import { parseIpBlock, type ContextValue } from '@/iam';
import { readTx, writeTx } from '@/storage/db';
import { readLabContext, writeLabContext } from '@/storage/lab-context';
import { readRecentCalls } from '@/storage/logs';
import type { LabReadTx } from '@/storage/schema';
import type { CallRecord, LabContextRecord } from '@/storage/types';
import { AwsError } from './aws-error';

export type RequestContextSettings = Omit<LabContextRecord, 'key'>;
export type MfaSetting = LabContextRecord['mfa'];

/** What calls send before the learner changes anything: MFA from the sign-in, real time, HTTPS. */
export const DEFAULT_REQUEST_CONTEXT: RequestContextSettings = {
  mfa: 'sign-in',
  secureTransport: true,
};

/** The global keys the panel sets; a call's own keys (s3:prefix, ...) come on top of them. */
export const PANEL_KEYS = [
  'aws:SourceIp',
  'aws:MultiFactorAuthPresent',
  'aws:MultiFactorAuthAge',
  'aws:CurrentTime',
  'aws:EpochTime',
  'aws:SecureTransport',
] as const;

/** A single IPv4 or IPv6 address (no CIDR block): what aws:SourceIp holds. */
export function isIpAddress(text: string): boolean {
  return !text.includes('/') && parseIpBlock(text) !== undefined;
}

/** Why the settings cannot be saved, or undefined when they can. */
export function requestContextProblem(settings: RequestContextSettings): string | undefined {
  if (settings.sourceIp !== undefined && !isIpAddress(settings.sourceIp)) {
    return `The source IP ${settings.sourceIp} is not a valid IPv4 or IPv6 address.`;
  }
  if (settings.mfa === 'present') {
    const age = settings.mfaAgeSeconds;
    if (age === undefined || !Number.isInteger(age) || age < 0) {
      return 'The MFA age must be a whole number of seconds, 0 or more.';
    }
  }
  if (settings.fixedTime !== undefined && !Number.isFinite(Date.parse(settings.fixedTime))) {
    return `The time ${settings.fixedTime} is not a valid date and time.`;
  }
  return undefined;
}

/** The saved settings, or the defaults. */
export async function getRequestContext(): Promise<RequestContextSettings> {
  return readTx(loadSettings);
}

/** Reads the settings inside a transaction a call already has open. */
export async function loadSettings(tx: LabReadTx): Promise<RequestContextSettings> {
  const record = await readLabContext(tx);
  if (!record) return DEFAULT_REQUEST_CONTEXT;
  const { key: _key, ...settings } = record;
  return settings;
}

/** Saves the settings; every later call sends them. Refuses an invalid IP, age or time. */
export async function saveRequestContext(settings: RequestContextSettings): Promise<void> {
  const problem = requestContextProblem(settings);
  if (problem) throw new AwsError('ValidationError', problem);
  const record: LabContextRecord = {
    key: 'request-context',
    mfa: settings.mfa,
    secureTransport: settings.secureTransport,
    ...(settings.sourceIp !== undefined && { sourceIp: settings.sourceIp }),
    ...(settings.mfa === 'present' && { mfaAgeSeconds: settings.mfaAgeSeconds }),
    ...(settings.fixedTime !== undefined && {
      fixedTime: new Date(Date.parse(settings.fixedTime)).toISOString(),
    }),
  };
  await writeTx((tx) => writeLabContext(tx, record));
}

/**
 * Puts the panel's values over a call's default context: `context` holds the keys the call would
 * send by itself (time, region, transport, the session's MFA keys).
 */
export function applyRequestContext(
  context: Record<string, ContextValue>,
  settings: RequestContextSettings,
): Record<string, ContextValue> {
  const out = { ...context };
  if (settings.sourceIp !== undefined) out['aws:SourceIp'] = settings.sourceIp;
  out['aws:SecureTransport'] = settings.secureTransport;
  if (settings.fixedTime !== undefined) {
    const ms = Date.parse(settings.fixedTime);
    out['aws:CurrentTime'] = new Date(ms).toISOString();
    out['aws:EpochTime'] = Math.floor(ms / 1000);
  }
  if (settings.mfa !== 'sign-in') {
    delete out['aws:MultiFactorAuthPresent'];
    delete out['aws:MultiFactorAuthAge'];
  }
  if (settings.mfa === 'present') {
    out['aws:MultiFactorAuthPresent'] = true;
    out['aws:MultiFactorAuthAge'] = settings.mfaAgeSeconds ?? 0;
  }
  if (settings.mfa === 'false') out['aws:MultiFactorAuthPresent'] = false;
  return out;
}

/** The newest calls first, with the context each one sent (the panel's "Recent calls"). */
export function listRecentCallContexts(limit: number): Promise<CallRecord[]> {
  return readTx((tx) => readRecentCalls(tx, limit));
}
