// STS outside a React component: the identity menu's role history switches without a form.
export { assumeRole } from '@/aws/sts-api';
export { resolveAccountId } from '@/aws/console-sign-in';
