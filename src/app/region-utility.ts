// The top bar's Region selector for regional consoles (EC2): "N. Virginia" on the button, the
// Regions by geography in the menu, each with its code, as the AWS console lists them.
import type { TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { EC2_REGIONS, ec2Region, type Ec2Region } from '@/queries/ec2-regions';

const GEOGRAPHIES: Array<[label: string, test: (r: Ec2Region) => boolean]> = [
  ['United States', (r) => r.code.startsWith('us-')],
  ['Asia Pacific', (r) => r.code.startsWith('ap-')],
  ['Canada', (r) => r.code.startsWith('ca-')],
  ['Europe', (r) => r.code.startsWith('eu-')],
  ['South America', (r) => r.code.startsWith('sa-')],
];

export function regionUtility(
  selected: string,
  onSelect: (code: string) => void,
): TopNavigationProps.MenuDropdownUtility {
  const current = ec2Region(selected) ?? (EC2_REGIONS[0] as Ec2Region);
  return {
    type: 'menu-dropdown',
    text: current.shortName,
    ariaLabel: `Region: ${current.name}`,
    title: 'Regions',
    items: GEOGRAPHIES.map(([label, test]) => ({
      id: `geo-${label}`,
      text: label,
      items: EC2_REGIONS.filter(test).map((r) => ({
        id: r.code,
        text: r.name,
        labelTag: r.code,
      })),
    })),
    onItemClick: ({ detail }) => {
      if (ec2Region(detail.id)) onSelect(detail.id);
    },
  };
}
