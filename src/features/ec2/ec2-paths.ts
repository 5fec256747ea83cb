// The EC2 console's URLs (route paths; the hash router prefixes them with #).
export const ec2Paths = {
  instances: () => '/ec2/instances',
  launchInstance: () => '/ec2/instances/launch',
  keyPairs: () => '/ec2/key-pairs',
  instance: (instanceId: string) => `/ec2/instances/${encodeURIComponent(instanceId)}`,
};
