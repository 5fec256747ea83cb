// IAM > Roles > Create role: Select trusted entity → Add permissions → Name, review, and create.
// The calls (CreateRole, AttachRolePolicy, and for EC2 the instance profile) are checked together
// and written in one transaction.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Wizard from '@cloudscape-design/components/wizard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { parsePolicy } from '@/iam';
import { paths } from '@/paths';
import { policiesQuery } from '@/queries/iam-policies';
import { useCreateRoleWithDetails } from '@/queries/iam-roles';
import { previewPermissionChange, type PermissionChange } from '@/queries/permission-diff';
import { isAwsError } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import type { PolicyAnalysis } from '@/ui/policy-editor/analyze-policy';
import {
  initialCreateRoleForm,
  needsInstanceProfile,
  roleNameError,
  trustedEntityError,
  trustPolicyOf,
  type CreateRoleForm,
} from './create-role-form';
import { RolePermissionsStep } from './role-permissions-step';
import { RoleReviewStep } from './role-review-step';
import { CreateRoleHelp } from './roles-help';
import { TrustedEntityStep } from './trusted-entity-step';

const NAME_ERRORS = new Set(['EntityAlreadyExists', 'ValidationError']);

export function CreateRolePage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Roles', path: paths.roles() },
      { text: 'Create role', path: paths.createRole() },
    ],
    help: CreateRoleHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const policies = useQuery(policiesQuery(caller));
  const createRole = useCreateRoleWithDetails();
  const [form, setForm] = useState<CreateRoleForm>(initialCreateRoleForm);
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string>();
  const [policyError, setPolicyError] = useState<string>();
  const [nameError, setNameError] = useState<string>();
  const [submitError, setSubmitError] = useState<unknown>();
  const [analysis, setAnalysis] = useState<PolicyAnalysis>();
  const onAnalysis = useCallback((a: PolicyAnalysis) => setAnalysis(a), []);
  const onChange = (patch: Partial<CreateRoleForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setStepError(undefined);
    if ('customPolicy' in patch) setPolicyError(undefined);
    if ('roleName' in patch) setNameError(undefined);
  };
  const trustPolicy = trustPolicyOf(form, caller.accountId);
  const all = policies.data ?? [];
  const chosen = all.filter((p) => form.policyArns.includes(p.arn));
  const boundary = form.useBoundary ? all.find((p) => p.arn === form.boundaryArn) : undefined;

  const permissionReview = usePermissionReview(previewPermissionChange, 'Create role');

  /** The new role's policies, and who may assume it, are reviewed first when they give access. */
  function onReview() {
    const error = roleNameError(form.roleName);
    setNameError(error);
    // A trust policy IAM refuses goes straight to CreateRole, which says why.
    if (error || !parsePolicy(trustPolicy).ok) return void onSubmit();
    const role = { kind: 'role' as const, name: form.roleName };
    const changes: PermissionChange[] = [
      { kind: 'create-principal', principal: role, trustPolicy },
      { kind: 'attach-policies', principal: role, policyArns: form.policyArns },
    ];
    if (boundary) changes.push({ kind: 'set-boundary', principal: role, policyArn: boundary.arn });
    void permissionReview.reviewIfChanges(changes, onSubmit);
  }

  async function onSubmit() {
    const error = roleNameError(form.roleName);
    setNameError(error);
    if (error) return;
    setSubmitError(undefined);
    try {
      const role = await createRole.mutateAsync({
        caller,
        roleName: form.roleName,
        description: form.description,
        assumeRolePolicyDocument: trustPolicy,
        policyArns: form.policyArns,
        ...(boundary && { permissionsBoundary: boundary.arn }),
        tags: form.tags.map((t) => ({ Key: t.key, Value: t.value })),
        createInstanceProfile: needsInstanceProfile(form),
      });
      pushFlash({
        type: 'success',
        header: `Role ${role.roleName} created.`,
        action: <Button onClick={() => navigate(paths.role(role.roleName))}>View role</Button>,
      });
      navigate(paths.roles());
    } catch (err) {
      const aboutTags = isAwsError(err) && /at 'tags\./.test(err.message);
      const aboutDescription = isAwsError(err) && /at 'description'/.test(err.message);
      const aboutTrustPolicy =
        isAwsError(err) &&
        (err.code === 'MalformedPolicyDocument' || /ACLSizePerRole/.test(err.message));
      if (aboutTrustPolicy) {
        // The trust policy's errors belong beside it: back to step 1, text kept.
        setPolicyError(`${err.code}: ${err.message}`);
        setForm((f) => ({ ...f, entityType: 'custom', customPolicy: trustPolicy }));
        setStep(0);
      } else if (isAwsError(err) && NAME_ERRORS.has(err.code) && !aboutTags && !aboutDescription) {
        setNameError(err.message);
      } else {
        setSubmitError(err);
      }
    }
  }

  return (
    <>
      {permissionReview.dialog}
      <Wizard
        activeStepIndex={step}
        submitButtonText="Create role"
        isLoadingNextStep={createRole.isPending || permissionReview.reviewing}
        onCancel={() => navigate(paths.roles())}
        onSubmit={onReview}
        onNavigate={(e) => {
          const next = e.detail.requestedStepIndex;
          if (step === 0 && next > 0) {
            const error = trustedEntityError(form);
            if (error) {
              setStepError(error);
              return;
            }
            if (form.entityType === 'custom' && (analysis?.blocking ?? true)) {
              setStepError('Fix the errors in the trust policy before you continue.');
              return;
            }
          }
          setStep(next);
        }}
        steps={[
          {
            title: 'Select trusted entity',
            content: (
              <SpaceBetween size="l">
                <TrustedEntityStep
                  form={form}
                  accountId={caller.accountId}
                  onChange={onChange}
                  error={stepError}
                  policyError={policyError}
                  onAnalysis={onAnalysis}
                />
                {stepError && form.entityType === 'custom' ? (
                  <Alert type="error" header="Invalid trust policy">
                    {stepError}
                  </Alert>
                ) : null}
              </SpaceBetween>
            ),
          },
          {
            title: 'Add permissions',
            content: (
              <RolePermissionsStep
                form={form}
                policies={all}
                loading={policies.isPending}
                onChange={onChange}
              />
            ),
          },
          {
            title: 'Name, review, and create',
            content: (
              <SpaceBetween size="l">
                {submitError ? (
                  <ApiErrorAlert error={submitError} header="Failed to create role" />
                ) : null}
                <RoleReviewStep
                  form={form}
                  trustPolicy={trustPolicy}
                  policies={chosen}
                  boundary={boundary}
                  nameError={nameError}
                  onChange={onChange}
                  onEditStep={setStep}
                />
              </SpaceBetween>
            ),
          },
        ]}
      />
    </>
  );
}
