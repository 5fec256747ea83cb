// The EC2 console's side navigation section, for the shell's SideNavigation.
import { ec2Paths } from './ec2-paths';

export const ec2Navigation = {
  serviceName: 'EC2',
  items: [
    { text: 'Instances', path: ec2Paths.instances() },
    { text: 'Key Pairs', path: ec2Paths.keyPairs() },
  ],
  pathPrefix: '/ec2',
};
