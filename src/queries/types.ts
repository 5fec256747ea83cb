// What components may know of the data layer's types and errors (components import queries/ only).
// Values come from their own small modules, so importing them does not pull the simulated AWS and
// the engine into the first page load.

export { AwsError, isAwsError } from '@/aws/aws-error';
export { callerDisplayName, parseCaller, rootCaller, userCaller } from '@/aws/caller';
export type * from '@/aws';
