import { describe, expect, it, vi } from 'vitest';
import { regionUtility } from './region-utility';

describe('the top bar Region selector', () => {
  it('shows the short name, and lists the Regions by geography with their codes', () => {
    const utility = regionUtility('eu-west-1', () => {});
    expect(utility.text).toBe('Ireland');
    expect(utility.ariaLabel).toBe('Region: Europe (Ireland)');
    const groups = utility.items.map((g) => g.text);
    expect(groups).toEqual(['United States', 'Asia Pacific', 'Canada', 'Europe', 'South America']);
    const us = utility.items[0];
    expect(
      us && 'items' in us ? us.items.map((i) => [i.text, 'labelTag' in i && i.labelTag]) : [],
    ).toContainEqual(['US East (N. Virginia)', 'us-east-1']);
  });

  it('falls back to N. Virginia for an unknown Region, and reports only known codes', () => {
    const onSelect = vi.fn();
    const utility = regionUtility('xx-nowhere-1', onSelect);
    expect(utility.text).toBe('N. Virginia');
    const click = (id: string) =>
      utility.onItemClick?.(new CustomEvent('click', { detail: { id } }) as never);
    click('ap-southeast-1');
    click('geo-Europe');
    expect(onSelect.mock.calls).toEqual([['ap-southeast-1']]);
  });
});
