// The EC2 Regions the lab offers, each with its default VPC, subnets and security group, and the
// Launch instance wizard's small Quick Start AMI catalog with per-Region image IDs. Plain data with
// no imports, so the console's top bar can list the Regions without loading the data layer.

export interface Ec2Region {
  /** "us-east-1" */
  code: string;
  /** The console's full name: "US East (N. Virginia)". */
  name: string;
  /** What the top bar's Region button shows: "N. Virginia". */
  shortName: string;
}

export const EC2_REGIONS: readonly Ec2Region[] = [
  { code: 'us-east-1', name: 'US East (N. Virginia)', shortName: 'N. Virginia' },
  { code: 'us-east-2', name: 'US East (Ohio)', shortName: 'Ohio' },
  { code: 'us-west-1', name: 'US West (N. California)', shortName: 'N. California' },
  { code: 'us-west-2', name: 'US West (Oregon)', shortName: 'Oregon' },
  { code: 'ca-central-1', name: 'Canada (Central)', shortName: 'Canada' },
  { code: 'eu-west-1', name: 'Europe (Ireland)', shortName: 'Ireland' },
  { code: 'eu-west-2', name: 'Europe (London)', shortName: 'London' },
  { code: 'eu-central-1', name: 'Europe (Frankfurt)', shortName: 'Frankfurt' },
  { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)', shortName: 'Mumbai' },
  { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', shortName: 'Singapore' },
  { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', shortName: 'Sydney' },
  { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', shortName: 'Tokyo' },
  { code: 'sa-east-1', name: 'South America (São Paulo)', shortName: 'São Paulo' },
];

/** The lab's home Region, where EC2 pages open and old records live. */
export const DEFAULT_EC2_REGION = 'us-east-1';

export function ec2Region(code: string): Ec2Region | undefined {
  return EC2_REGIONS.find((r) => r.code === code);
}

/** FNV-1a, so every Region gets the same made-up resource IDs in every lab. */
function hex(seed: string, digits: number): string {
  let out = '';
  for (let round = 0; out.length < digits; round++) {
    let h = 0x811c9dc5;
    for (const ch of `${round}:${seed}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, digits);
}

export interface DefaultNetwork {
  vpcId: string;
  /** One default subnet per Availability Zone, in zone order. */
  subnets: Array<{ subnetId: string; availabilityZone: string; cidrBlock: string }>;
  securityGroupId: string;
}

/** The default VPC of a Region: 172.31.0.0/16, a /20 subnet in each of three zones, sg "default". */
export function defaultNetwork(region: string): DefaultNetwork {
  return {
    vpcId: `vpc-${hex(`vpc:${region}`, 17)}`,
    subnets: ['a', 'b', 'c'].map((zone, i) => ({
      subnetId: `subnet-${hex(`subnet:${region}${zone}`, 17)}`,
      availabilityZone: `${region}${zone}`,
      cidrBlock: `172.31.${i * 16}.0/20`,
    })),
    securityGroupId: `sg-${hex(`sg:${region}`, 17)}`,
  };
}

export interface QuickStartImage {
  /** The Quick Start tab: "Amazon Linux", "Ubuntu", ... */
  family: string;
  /** The AMI's name as the wizard lists it. */
  name: string;
  description: string;
  /** ec2:Owner: "amazon" for Amazon's own images, else the publisher's account ID. */
  owner: string;
  platform: 'Linux/UNIX' | 'Windows';
  /** The default user name for connecting. */
  userName: string;
  /** The default root volume size, GiB. */
  rootVolumeSize: number;
}

export const QUICK_START_IMAGES: readonly QuickStartImage[] = [
  {
    family: 'Amazon Linux',
    name: 'Amazon Linux 2023 kernel-6.1 AMI',
    description:
      'Amazon Linux 2023 is a modern, general purpose Linux-based OS that comes with 5 years of long term support.',
    owner: 'amazon',
    platform: 'Linux/UNIX',
    userName: 'ec2-user',
    rootVolumeSize: 8,
  },
  {
    family: 'Ubuntu',
    name: 'Ubuntu Server 24.04 LTS (HVM), SSD Volume Type',
    description: 'Ubuntu Server 24.04 LTS (HVM),EBS General Purpose (SSD) Volume Type.',
    owner: '099720109477',
    platform: 'Linux/UNIX',
    userName: 'ubuntu',
    rootVolumeSize: 8,
  },
  {
    family: 'Windows',
    name: 'Microsoft Windows Server 2025 Base',
    description: 'Microsoft Windows Server 2025 with Desktop Experience Locale English AMI',
    owner: 'amazon',
    platform: 'Windows',
    userName: 'Administrator',
    rootVolumeSize: 30,
  },
  {
    family: 'Red Hat',
    name: 'Red Hat Enterprise Linux 9 (HVM), SSD Volume Type',
    description: 'Red Hat Enterprise Linux version 9 (HVM), EBS General Purpose (SSD) Volume Type',
    owner: '309956199498',
    platform: 'Linux/UNIX',
    userName: 'ec2-user',
    rootVolumeSize: 10,
  },
  {
    family: 'SUSE Linux',
    name: 'SUSE Linux Enterprise Server 15 SP6 (HVM), SSD Volume Type',
    description: 'SUSE Linux Enterprise Server 15 Service Pack 6 (HVM), EBS General Purpose (SSD)',
    owner: '013907871322',
    platform: 'Linux/UNIX',
    userName: 'ec2-user',
    rootVolumeSize: 10,
  },
  {
    family: 'Debian',
    name: 'Debian 12 (HVM), SSD Volume Type',
    description: 'Debian 12 (HVM), EBS General Purpose (SSD) Volume Type.',
    owner: '136693071363',
    platform: 'Linux/UNIX',
    userName: 'admin',
    rootVolumeSize: 8,
  },
];

/** An image's AMI ID in a Region: AMIs are regional, so the same image has another ID elsewhere. */
export function imageIdIn(image: QuickStartImage, region: string): string {
  return `ami-${hex(`ami:${image.name}:${region}`, 17)}`;
}

/** The catalog image with this AMI ID in this Region, if any. */
export function findImage(imageId: string, region: string): QuickStartImage | undefined {
  return QUICK_START_IMAGES.find((image) => imageIdIn(image, region) === imageId);
}
