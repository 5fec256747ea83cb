// The access matrix's worker reads the account itself with readDetailsFromDb while the page's own
// (authorized, logged) GetAccountAuthorizationDetails call is under way; the page names the
// database and lends the worker its AWS managed policies (loadManagedPolicies), already loaded.
export { readDetailsFromDb } from '@/aws/read-details';
export {
  awsManagedPolicies as loadManagedPolicyIndex,
  awsManagedPoliciesWithDocuments as loadManagedPolicies,
} from '@/aws/aws-managed-policies';
export type { AwsCatalog as ManagedPolicies } from '@/aws/identity-policies';
