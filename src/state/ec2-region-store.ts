// The EC2 console's selected Region. Kept per tab in sessionStorage, like the acting identity, so a
// reload stays in the Region; the URL's ?region= (as the console's) wins when a link carries one.
import { create } from 'zustand';

export const REGION_KEY = 'iam-console-lab.ec2-region';
const HOME_REGION = 'us-east-1';
/** A Region code's shape: "us-east-1", "ap-southeast-2". The Region list itself lives in aws/. */
const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE.test(value);
}

function readRegion(): string {
  try {
    const stored = globalThis.sessionStorage?.getItem(REGION_KEY);
    return isRegionCode(stored) ? stored : HOME_REGION;
  } catch {
    // Storage can be unavailable (privacy modes); the home Region is then the answer.
    return HOME_REGION;
  }
}

interface Ec2RegionState {
  region: string;
  setRegion: (region: string) => void;
}

export const useEc2RegionStore = create<Ec2RegionState>()((set) => ({
  region: readRegion(),
  setRegion: (region) => {
    if (!isRegionCode(region)) return;
    try {
      globalThis.sessionStorage?.setItem(REGION_KEY, region);
    } catch {
      // Not kept across reloads then; the tab still uses it.
    }
    set({ region });
  },
}));
