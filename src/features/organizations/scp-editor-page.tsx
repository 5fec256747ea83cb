// Service control policies > Create policy, and a policy's "Edit policy": name, description and
// the JSON editor (SCP grammar, 5,120 characters).
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Textarea from '@cloudscape-design/components/textarea';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/paths';
import { scpPolicyQuery, useCreateScp, useUpdateScp } from '@/queries/organizations';
import { previewPermissionChange } from '@/queries/permission-diff';
import type { ScpPolicy } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { PolicyEditor } from '@/ui/policy-editor/policy-editor';
import type { PolicyAnalysis } from '@/ui/policy-editor/analyze-policy';
import { usePermissionReview } from '@/ui/permission-review';
import { ScpsHelp } from './scps-help';

/** What the Organizations console starts a new SCP with. */
const NEW_SCP = `{
\t"Version": "2012-10-17",
\t"Statement": [
\t\t{
\t\t\t"Sid": "Statement1",
\t\t\t"Effect": "Deny",
\t\t\t"Action": [],
\t\t\t"Resource": []
\t\t}
\t]
}`;

export function ScpEditorPage() {
  const policyId = useParams().policyId;
  const caller = useCaller();
  const existing = useQuery({ ...scpPolicyQuery(caller, policyId ?? ''), enabled: !!policyId });
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Service control policies', path: paths.serviceControlPolicies() },
      ...(policyId
        ? [
            { text: existing.data?.name ?? policyId, path: paths.scp(policyId) },
            { text: 'Edit policy', path: paths.editScp(policyId) },
          ]
        : [{ text: 'Create policy', path: paths.createScp() }]),
    ],
    help: ScpsHelp,
    contentType: 'form',
  });
  if (policyId && existing.error) return <ApiErrorAlert error={existing.error} />;
  if (policyId && !existing.data) return <Spinner size="large" />;
  return <ScpForm key={policyId ?? 'new'} existing={existing.data} />;
}

interface ScpFormProps {
  existing?: ScpPolicy;
}

function ScpForm({ existing }: ScpFormProps) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const create = useCreateScp();
  const update = useUpdateScp();
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [content, setContent] = useState(existing?.content ?? NEW_SCP);
  const [blocking, setBlocking] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const permissionReview = usePermissionReview(previewPermissionChange, 'Save changes');
  const onAnalysis = useCallback((a: PolicyAnalysis) => setBlocking(a.blocking), []);
  const nameError = submitted && name.trim() === '' ? 'Enter a policy name.' : undefined;

  async function save() {
    setSubmitted(true);
    setError(undefined);
    if (name.trim() === '' || blocking) return;
    setPending(true);
    // New content for an SCP in use first shows who gains or loses access; a new SCP is not
    // attached anywhere yet, and a new name or description changes nothing.
    if (existing && content !== existing.content) {
      const change = { kind: 'set-scp-content' as const, policyId: existing.policyId, content };
      await permissionReview.reviewDocument(content, change, write);
    } else {
      await write();
    }
    setPending(false);
  }

  async function write() {
    try {
      const input = { name, description, content };
      if (existing) {
        await update.mutateAsync({ caller, policyId: existing.policyId, input });
        pushFlash({ type: 'success', header: `Policy ${name} updated.` });
        navigate(paths.scp(existing.policyId));
      } else {
        const policyId = await create.mutateAsync({ caller, input });
        pushFlash({ type: 'success', header: `Policy ${name} created.` });
        navigate(paths.scp(policyId));
      }
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {permissionReview.dialog}
      <Form
        header={
          <Header
            variant="h1"
            description="Service control policies set the maximum permissions of the accounts they are attached to."
          >
            {existing ? `Edit ${existing.name}` : 'Create new service control policy'}
          </Header>
        }
        errorText={
          error ? (
            <ApiErrorAlert
              error={error}
              header={existing ? 'Failed to update the policy' : 'Failed to create the policy'}
            />
          ) : undefined
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              variant="link"
              onClick={() =>
                navigate(existing ? paths.scp(existing.policyId) : paths.serviceControlPolicies())
              }
            >
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={() => void save()}>
              {existing ? 'Save changes' : 'Create policy'}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Details</Header>}>
            <SpaceBetween size="m">
              <FormField
                label="Policy name"
                constraintText="Maximum 128 characters."
                errorText={nameError}
              >
                <Input value={name} onChange={(e) => setName(e.detail.value)} />
              </FormField>
              <FormField
                label={
                  <span>
                    Policy description - <i>optional</i>
                  </span>
                }
                constraintText="Maximum 512 characters."
              >
                <Textarea
                  value={description}
                  rows={2}
                  onChange={(e) => setDescription(e.detail.value)}
                />
              </FormField>
            </SpaceBetween>
          </Container>
          <Container header={<Header variant="h2">Policy</Header>}>
            <PolicyEditor
              value={content}
              onChange={setContent}
              options={{ kind: 'scp', purpose: 'scp' }}
              ariaLabel="Policy editor"
              onAnalysis={onAnalysis}
            />
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
