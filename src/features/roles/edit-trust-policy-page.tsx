// IAM > Roles > <name> > Edit trust policy: the JSON editor with its findings, and "Update policy"
// (UpdateAssumeRolePolicy). AWS's errors come back beside the editor, text kept.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/paths';
import { roleQuery, useUpdateAssumeRolePolicy } from '@/queries/iam-roles';
import { previewPermissionChange } from '@/queries/permission-diff';
import { isAwsError } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import type { PolicyAnalysis } from '@/ui/policy-editor/analyze-policy';
import { PolicyEditor } from '@/ui/policy-editor/policy-editor';
import { usePermissionReview } from '@/ui/permission-review';
import { RolesHelp } from './roles-help';

function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 4);
  } catch {
    return document;
  }
}

export function EditTrustPolicyPage() {
  const roleName = useParams().roleName ?? '';
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Roles', path: paths.roles() },
      { text: roleName, path: paths.role(roleName) },
      { text: 'Edit trust policy', path: paths.editTrustPolicy(roleName) },
    ],
    help: RolesHelp,
  });
  const caller = useCaller();
  const role = useQuery(roleQuery(caller, roleName));
  if (role.error) return <ApiErrorAlert error={role.error} header="Failed to load the role" />;
  if (!role.data) return <Spinner size="large" />;
  return (
    <TrustPolicyForm roleName={roleName} initial={pretty(role.data.assumeRolePolicyDocument)} />
  );
}

function TrustPolicyForm({ roleName, initial }: { roleName: string; initial: string }) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const update = useUpdateAssumeRolePolicy();
  const [text, setText] = useState(initial);
  const [blocking, setBlocking] = useState(false);
  const [error, setError] = useState<unknown>();
  const onAnalysis = useCallback((a: PolicyAnalysis) => setBlocking(a.blocking), []);
  const permissionReview = usePermissionReview(previewPermissionChange, 'Update policy');
  const back = () => navigate(paths.role(roleName, 'trust_relationships'));

  // Who may sts:AssumeRole the role changes: review who gains or loses that first.
  function onReview() {
    setError(undefined);
    const change = { kind: 'set-trust-policy' as const, roleName, document: text };
    void permissionReview.reviewDocument(text, change, onUpdate);
  }

  async function onUpdate() {
    setError(undefined);
    try {
      await update.mutateAsync({ caller, roleName, policyDocument: text });
      pushFlash({ type: 'success', header: `Trust policy updated for ${roleName}.` });
      back();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <ContentLayout header={<Header variant="h1">Edit trust policy</Header>}>
      <SpaceBetween size="l">
        {permissionReview.dialog}
        {error ? (
          isAwsError(error) && !error.isDenial ? (
            <Alert type="error" header="The trust policy could not be saved">
              {`${error.code}: ${error.message}`}
            </Alert>
          ) : (
            <ApiErrorAlert error={error} />
          )
        ) : null}
        <Container header={<Header variant="h2">Trust policy</Header>}>
          <PolicyEditor
            value={text}
            onChange={(value) => {
              setText(value);
              setError(undefined);
            }}
            options={{ kind: 'trust', purpose: 'trust' }}
            ariaLabel="Trust policy editor"
            onAnalysis={onAnalysis}
          />
        </Container>
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={back}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={blocking}
              loading={update.isPending}
              onClick={onReview}
            >
              Update policy
            </Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}
