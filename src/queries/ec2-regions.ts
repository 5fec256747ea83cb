// The EC2 Regions and the Quick Start AMI catalog: plain data, safe for the first page load.
export {
  DEFAULT_EC2_REGION,
  EC2_REGIONS,
  defaultNetwork,
  ec2Region,
  imageIdIn,
  QUICK_START_IMAGES,
  type Ec2Region,
  type QuickStartImage,
} from '@/aws/ec2-regions';
