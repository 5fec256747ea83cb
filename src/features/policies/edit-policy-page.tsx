// IAM > Policies > <name> > Edit: saves the edited JSON as a new default version. With 5 versions
// already, the console first asks which version to delete.
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/paths';
import {
  policyQuery,
  policyVersionQuery,
  policyVersionsQuery,
  useSavePolicyVersion,
} from '@/queries/iam-policies';
import type { PolicyVersion } from '@/queries/types';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { ManagedPolicyWizard } from './managed-policy-wizard';
import { PoliciesHelp } from './policies-help';
import { VersionLimitModal } from './version-limit-modal';

/** Versions a managed policy may hold. */
const MAX_VERSIONS = 5;

interface Pending {
  document: string;
  setAsDefault: boolean;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export function EditPolicyPage() {
  const policyArn = useParams().policyArn ?? '';
  const name = policyArn.split('/').pop() ?? policyArn;
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Policies', path: paths.policies() },
      { text: name, path: paths.policy(policyArn) },
      { text: 'Edit policy', path: paths.editPolicy(policyArn) },
    ],
    help: PoliciesHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const policy = useQuery(policyQuery(caller, policyArn));
  const version = useQuery({
    ...policyVersionQuery(caller, policyArn, policy.data?.defaultVersionId ?? ''),
    enabled: policy.data !== undefined,
  });
  const versions = useQuery(policyVersionsQuery(caller, policyArn));
  const save = useSavePolicyVersion();
  const [pending, setPending] = useState<Pending>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Save changes');

  const error = policy.error ?? version.error ?? versions.error;
  if (error) return <ApiErrorAlert error={error} header="Failed to load the policy" />;
  if (!policy.data || !version.data || !versions.data) return <Spinner size="large" />;
  const { policyName, description } = policy.data;
  const all: PolicyVersion[] = versions.data;

  async function saveVersion(document: string, setAsDefault: boolean, deleteVersionId?: string) {
    await save.mutateAsync({
      caller,
      policyArn,
      document,
      setAsDefault,
      ...(deleteVersionId && { deleteVersionId }),
    });
    pushFlash({ type: 'success', header: `Policy ${policyName} updated.` });
    navigate(paths.policy(policyArn));
  }

  return (
    <>
      <ManagedPolicyWizard
        initialDocument={version.data.document}
        editing={{ policyName, description }}
        onCancel={() => navigate(paths.policy(policyArn))}
        onSave={(document, { setAsDefault }) => {
          if (all.length < MAX_VERSIONS) {
            // A new default version changes permissions: review who gains or loses access first.
            if (!setAsDefault) return saveVersion(document, setAsDefault);
            return permissionReview.review(
              { kind: 'set-policy-document', policyArn, document },
              () => saveVersion(document, setAsDefault),
            );
          }
          // The wizard waits while the learner chooses the version to delete.
          return new Promise<void>((resolve, reject) =>
            setPending({ document, setAsDefault, resolve, reject }),
          );
        }}
      />
      {pending ? (
        <VersionLimitModal
          versions={all}
          saving={save.isPending}
          onCancel={() => {
            pending.resolve();
            setPending(undefined);
          }}
          onConfirm={(versionId) => {
            const { document, setAsDefault, resolve, reject } = pending;
            const apply = () => saveVersion(document, setAsDefault, versionId);
            // Deleting a non-default version changes nothing; a new default version may.
            setPending(undefined);
            const saved = setAsDefault
              ? permissionReview.review(
                  { kind: 'set-policy-document', policyArn, document },
                  apply,
                  'Delete and save',
                )
              : apply();
            saved.then(() => resolve(), reject);
          }}
        />
      ) : null}
      {permissionReview.dialog}
    </>
  );
}
