// IAM > IAM users > <name> > Add permissions: groups or policies, reviewed, then added together.
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/paths';
import { groupRowsQuery } from '@/queries/iam-groups';
import { policiesQuery } from '@/queries/iam-policies';
import {
  groupsForUserQuery,
  useAddUserPermissions,
  userPermissionsQuery,
} from '@/queries/iam-users';
import { previewPermissionChange } from '@/queries/permission-diff';
import type { PermissionChange } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import type { PermissionsOption } from './create-user-form';
import { PermissionsOptions } from './permissions-options';
import { PermissionsSummary } from './permissions-summary';
import { UserDetailsHelp } from './users-help';

export function AddUserPermissionsPage() {
  const userName = useParams().userName ?? '';
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM users', path: paths.users() },
      { text: userName, path: paths.user(userName) },
      { text: 'Add permissions', path: paths.addUserPermissions(userName) },
    ],
    help: UserDetailsHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const groups = useQuery(groupRowsQuery(caller));
  const policies = useQuery(policiesQuery(caller));
  const memberOf = useQuery(groupsForUserQuery(caller, userName));
  const permissions = useQuery(userPermissionsQuery(caller, userName));
  const add = useAddUserPermissions();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Add permissions');
  const [option, setOption] = useState<PermissionsOption>('group');
  const [groupNames, setGroupNames] = useState<string[]>([]);
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<unknown>();
  const chosenGroups = option === 'group' ? groupNames : [];
  const chosenPolicies = option === 'policies' ? policyArns : [];
  const directArns = (permissions.data ?? [])
    .filter((p) => p.attachedVia === 'Directly' && p.policyArn)
    .map((p) => p.policyArn ?? '');

  function onSubmit() {
    const changes: PermissionChange[] = [
      ...(chosenGroups.length > 0
        ? [{ kind: 'add-to-groups' as const, userName, groupNames: chosenGroups }]
        : []),
      ...(chosenPolicies.length > 0
        ? [
            {
              kind: 'attach-policies' as const,
              principal: { kind: 'user' as const, name: userName },
              policyArns: chosenPolicies,
            },
          ]
        : []),
    ];
    void permissionReview.review(changes, save);
  }

  async function save() {
    setError(undefined);
    try {
      await add.mutateAsync({
        caller,
        userName,
        groupNames: chosenGroups,
        policyArns: chosenPolicies,
      });
      pushFlash({
        type: 'success',
        header:
          chosenGroups.length > 0
            ? `User added to group ${chosenGroups.join(', ')}`
            : `${chosenPolicies.length} ${chosenPolicies.length === 1 ? 'policy' : 'policies'} added.`,
      });
      navigate(paths.user(userName));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      {permissionReview.dialog}
      <Wizard
        activeStepIndex={step}
        submitButtonText="Add permissions"
        isLoadingNextStep={add.isPending}
        onCancel={() => navigate(paths.user(userName))}
        onSubmit={onSubmit}
        onNavigate={(e) => setStep(e.detail.requestedStepIndex)}
        steps={[
          {
            title: 'Add permissions',
            content: (
              <PermissionsOptions
                option={option}
                onOptionChange={setOption}
                groups={groups.data ?? []}
                groupsLoading={groups.isPending}
                selectedGroupNames={groupNames}
                onGroupsChange={setGroupNames}
                policies={policies.data ?? []}
                policiesLoading={policies.isPending}
                selectedPolicyArns={policyArns}
                onPoliciesChange={setPolicyArns}
                currentGroupNames={(memberOf.data ?? []).map((g) => g.groupName)}
                currentPolicyArns={directArns}
                copyDescription="Copy all group memberships, attached managed policies, inline policies, and any existing permissions boundaries from an existing user."
              />
            ),
          },
          {
            title: 'Review',
            description: 'The following policies will be attached to this user.',
            content: (
              <SpaceBetween size="l">
                {error ? <ApiErrorAlert error={error} header="Failed to add permissions" /> : null}
                <Container header={<Header variant="h2">User details</Header>}>
                  <KeyValuePairs items={[{ label: 'User name', value: userName }]} />
                </Container>
                <PermissionsSummary
                  groupNames={chosenGroups}
                  policies={(policies.data ?? []).filter((p) => chosenPolicies.includes(p.arn))}
                />
              </SpaceBetween>
            ),
          },
        ]}
      />
    </>
  );
}
