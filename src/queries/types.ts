// What components may know of the data layer's types and errors (components import queries/ only).

export {
  AwsError,
  callerDisplayName,
  isAwsError,
  parseCaller,
  rootCaller,
  userCaller,
} from '@/aws';
export type * from '@/aws';
