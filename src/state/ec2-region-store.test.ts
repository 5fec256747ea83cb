// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { isRegionCode, REGION_KEY, useEc2RegionStore } from './ec2-region-store';

beforeEach(() => {
  sessionStorage.clear();
  useEc2RegionStore.setState({ region: 'us-east-1' });
});

describe('useEc2RegionStore', () => {
  it('keeps the chosen Region in sessionStorage', () => {
    useEc2RegionStore.getState().setRegion('eu-west-1');
    expect(useEc2RegionStore.getState().region).toBe('eu-west-1');
    expect(sessionStorage.getItem(REGION_KEY)).toBe('eu-west-1');
  });

  it('ignores text that is not a Region code', () => {
    useEc2RegionStore.getState().setRegion('<script>');
    expect(useEc2RegionStore.getState().region).toBe('us-east-1');
  });

  it.each([
    ['us-east-1', true],
    ['ap-southeast-2', true],
    ['eu-west', false],
    ['US-EAST-1', false],
    [42, false],
  ])('isRegionCode(%j) is %s', (value, expected) => {
    expect(isRegionCode(value)).toBe(expected);
  });
});
