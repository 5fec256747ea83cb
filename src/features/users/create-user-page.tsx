// IAM > IAM users > Create user: the wizard. Its calls are checked together and written in one
// transaction (a lab simplification the help panel states); a console password is shown once.
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { groupRowsQuery } from '@/queries/iam-groups';
import { policiesQuery } from '@/queries/iam-policies';
import {
  attachedUserPoliciesQuery,
  groupsForUserQuery,
  useCreateUserWithDetails,
  userRowsQuery,
} from '@/queries/iam-users';
import { previewPermissionChange, type PermissionChange } from '@/queries/permission-diff';
import { isAwsError } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import {
  CHANGE_PASSWORD_POLICY_ARN,
  customPasswordError,
  initialCreateUserForm,
  userNameError,
  type CreateUserForm,
} from './create-user-form';
import { PermissionsOptions } from './permissions-options';
import { RetrievePassword } from './retrieve-password';
import { ReviewStep } from './review-step';
import { usePasswordPolicy } from './use-password-policy';
import { UserBoundaryOption } from './user-boundary-option';
import { UserDetailsStep } from './user-details-step';
import { CreateUserHelp } from './users-help';

const NAME_ERRORS = new Set(['EntityAlreadyExists', 'ValidationError']);

export function CreateUserPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM users', path: paths.users() },
      { text: 'Create user', path: paths.createUser() },
    ],
    help: CreateUserHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const groups = useQuery(groupRowsQuery(caller));
  const policies = useQuery(policiesQuery(caller));
  const createUser = useCreateUserWithDetails();
  const [form, setForm] = useState<CreateUserForm>(initialCreateUserForm);
  const passwords = usePasswordPolicy();
  const copying = form.permissionsOption === 'copy';
  const source = form.copyFromUserName ?? '';
  const users = useQuery({ ...userRowsQuery(caller), enabled: copying });
  const sourceGroups = useQuery({
    ...groupsForUserQuery(caller, source),
    enabled: copying && !!source,
  });
  const sourcePolicies = useQuery({
    ...attachedUserPoliciesQuery(caller, source),
    enabled: copying && !!source,
  });
  const [step, setStep] = useState(0);
  const [nameError, setNameError] = useState<string>();
  const [triedStep1, setTriedStep1] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>();
  const [created, setCreated] = useState<{ userName: string; password: string }>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Create user');
  const onChange = (patch: Partial<CreateUserForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    if ('userName' in patch) setNameError(undefined);
  };
  const copiedArns = copying ? (sourcePolicies.data ?? []).map((p) => p.policyArn) : [];
  // A Set: copied policies may already hold the policy the password reset adds.
  const policyArns = [
    ...new Set([
      ...(form.permissionsOption === 'policies' ? form.policyArns : []),
      ...copiedArns,
      // Not when the password policy already lets users change their own password (as IAM does).
      ...(form.consoleAccess &&
      form.passwordResetRequired &&
      !passwords.policy?.AllowUsersToChangePassword
        ? [CHANGE_PASSWORD_POLICY_ARN]
        : []),
    ]),
  ];
  const groupNames =
    form.permissionsOption === 'group'
      ? form.groupNames
      : copying
        ? (sourceGroups.data ?? []).map((g) => g.groupName)
        : [];
  const reviewPolicies = (policies.data ?? []).filter((p) => policyArns.includes(p.arn));
  const boundaryArn = form.useBoundary ? form.boundaryArn : undefined;
  const boundaryName = (policies.data ?? []).find((p) => p.arn === boundaryArn)?.policyName;

  if (created) {
    return (
      <RetrievePassword
        userName={created.userName}
        password={created.password}
        signInUrl={`https://${caller.accountId}.signin.aws.amazon.com/console`}
        onDone={() => navigate(paths.users())}
      />
    );
  }

  /**
   * Groups and policies the learner chose are reviewed first ("user-9 gains 14 actions ..."),
   * with the password reset's IAMUserChangePassword; a user given nothing else is created at once.
   */
  function onReview() {
    const chosen =
      groupNames.length > 0 || policyArns.some((a) => a !== CHANGE_PASSWORD_POLICY_ARN);
    if (!chosen) return void onSubmit();
    const user = { kind: 'user' as const, name: form.userName };
    const changes: PermissionChange[] = [
      { kind: 'create-principal', principal: user },
      { kind: 'add-to-groups', userName: form.userName, groupNames },
      { kind: 'attach-policies', principal: user, policyArns },
    ];
    if (boundaryArn)
      changes.push({ kind: 'set-boundary', principal: user, policyArn: boundaryArn });
    void permissionReview.reviewIfChanges(changes, onSubmit);
  }

  async function onSubmit() {
    setSubmitError(undefined);
    try {
      const result = await createUser.mutateAsync({
        caller,
        userName: form.userName,
        consolePassword: form.consoleAccess
          ? {
              password:
                form.passwordKind === 'custom'
                  ? { kind: 'custom', password: form.customPassword }
                  : { kind: 'autogenerated' },
              passwordResetRequired: form.passwordResetRequired,
            }
          : undefined,
        groupNames,
        policyArns,
        ...(boundaryArn && { permissionsBoundary: boundaryArn }),
        tags: form.tags.map((t) => ({ Key: t.key, Value: t.value })),
      });
      if (result.password) {
        setCreated({ userName: result.user.userName, password: result.password });
      } else {
        pushFlash({
          type: 'success',
          header: `User ${result.user.userName} created successfully.`,
        });
        navigate(paths.user(result.user.userName));
      }
    } catch (err) {
      // Name errors belong to the name field: go back there, keeping everything entered.
      // A ValidationError about tags stays on the Review step, beside them.
      const aboutTags = isAwsError(err) && /at 'tags\./.test(err.message);
      if (isAwsError(err) && NAME_ERRORS.has(err.code) && !aboutTags) {
        setNameError(err.message);
        setStep(0);
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
        submitButtonText="Create user"
        isLoadingNextStep={createUser.isPending || permissionReview.reviewing}
        onCancel={() => navigate(paths.users())}
        onSubmit={onReview}
        onNavigate={(e) => {
          if (step === 0 && e.detail.requestedStepIndex > 0) {
            setTriedStep1(true);
            const error = nameError ?? userNameError(form.userName);
            if (error || customPasswordError(form, passwords.policy)) {
              setNameError(error);
              return;
            }
          }
          setStep(e.detail.requestedStepIndex);
        }}
        steps={[
          {
            title: 'Specify user details',
            content: (
              <UserDetailsStep
                form={form}
                onChange={onChange}
                userNameError={nameError}
                showPasswordError={triedStep1}
              />
            ),
          },
          {
            title: 'Set permissions',
            description:
              "Add user to an existing group or create a new one. Using groups is a best-practice way to manage user's permissions by job functions.",
            content: (
              <SpaceBetween size="l">
                <PermissionsOptions
                  option={form.permissionsOption}
                  onOptionChange={(permissionsOption) => onChange({ permissionsOption })}
                  groups={groups.data ?? []}
                  groupsLoading={groups.isPending}
                  selectedGroupNames={form.groupNames}
                  onGroupsChange={(names) => onChange({ groupNames: names })}
                  policies={policies.data ?? []}
                  policiesLoading={policies.isPending}
                  selectedPolicyArns={form.policyArns}
                  onPoliciesChange={(arns) => onChange({ policyArns: arns })}
                  copyDescription="Copy all group memberships and attached managed policies from an existing user. (Inline policies are not copied in this lab.)"
                  copy={{
                    users: users.data ?? [],
                    loading: users.isPending && !users.error,
                    selectedName: form.copyFromUserName,
                    onChange: (copyFromUserName) => onChange({ copyFromUserName }),
                  }}
                />
                <UserBoundaryOption
                  useBoundary={form.useBoundary}
                  boundaryArn={form.boundaryArn}
                  policies={policies.data ?? []}
                  loading={policies.isPending}
                  onChange={onChange}
                />
              </SpaceBetween>
            ),
          },
          {
            title: 'Review and create',
            content: (
              <SpaceBetween size="l">
                {submitError ? (
                  <ApiErrorAlert error={submitError} header="Failed to create user" />
                ) : null}
                <ReviewStep
                  form={{ ...form, groupNames }}
                  policies={reviewPolicies}
                  boundaryName={boundaryName}
                  onTagsChange={(tags) => onChange({ tags })}
                />
              </SpaceBetween>
            ),
          },
        ]}
      />
    </>
  );
}
