// IAM > IAM user groups > Create user group: name, users and policies on one page. Its calls are
// checked together and written in one transaction (a lab simplification).
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { useCreateGroupWithDetails } from '@/queries/iam-groups';
import { previewPermissionChange } from '@/queries/permission-diff';
import { policiesQuery } from '@/queries/iam-policies';
import { userRowsQuery } from '@/queries/iam-users';
import { isAwsError } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ManagedPoliciesTable } from '@/ui/managed-policies-table';
import { RouteLink } from '@/ui/route-link';
import { usePermissionReview } from '@/ui/permission-review';
import { GroupsHelp } from './groups-help';
import { UsersPickerTable } from './users-picker-table';

const GROUP_NAME = /^[\w+=,.@-]+$/;
const NAME_HINT = "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.";

function groupNameError(name: string): string | undefined {
  if (!name) return 'Enter a user group name.';
  if (name.length > 128 || !GROUP_NAME.test(name))
    return `User group name is not valid. ${NAME_HINT}`;
  return undefined;
}

export function CreateGroupPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM user groups', path: paths.groups() },
      { text: 'Create user group', path: paths.createGroup() },
    ],
    help: GroupsHelp,
    contentType: 'form',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const users = useQuery(userRowsQuery(caller));
  const policies = useQuery(policiesQuery(caller));
  const create = useCreateGroupWithDetails();
  const [groupName, setGroupName] = useState('');
  const [userNames, setUserNames] = useState<string[]>([]);
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const [nameError, setNameError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Create user group');

  function onReview() {
    const invalid = groupNameError(groupName);
    setNameError(invalid);
    setError(undefined);
    if (invalid) return;
    // The users added gain what the group's policies give: reviewed first.
    const group = { kind: 'group' as const, name: groupName };
    void permissionReview.reviewIfChanges(
      [
        { kind: 'create-principal', principal: group },
        { kind: 'attach-policies', principal: group, policyArns },
        ...userNames.map((userName) => ({
          kind: 'add-to-groups' as const,
          userName,
          groupNames: [groupName],
        })),
      ],
      onCreate,
    );
  }

  async function onCreate() {
    try {
      await create.mutateAsync({ caller, groupName, userNames, policyArns });
      pushFlash({
        type: 'success',
        header: `${groupName} user group created.`,
        action: <RouteLink to={paths.group(groupName)}>View group</RouteLink>,
      });
      navigate(paths.groups());
    } catch (err) {
      if (
        isAwsError(err) &&
        (err.code === 'EntityAlreadyExists' || err.code === 'ValidationError')
      ) {
        setNameError(err.message);
      } else {
        setError(err);
      }
    }
  }

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {permissionReview.dialog}
      <Form
        header={<Header variant="h1">Create user group</Header>}
        errorText={error ? 'The user group was not created.' : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={() => navigate(paths.groups())}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={create.isPending || permissionReview.reviewing}
              onClick={onReview}
            >
              Create user group
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {error ? <ApiErrorAlert error={error} header="Failed to create user group" /> : null}
          <Container header={<Header variant="h2">Name the group</Header>}>
            <FormField
              label="User group name"
              description="Enter a meaningful name to identify this group."
              constraintText={NAME_HINT}
              errorText={nameError}
            >
              <Input
                value={groupName}
                ariaLabel="User group name"
                onChange={(e) => {
                  setGroupName(e.detail.value);
                  setNameError(undefined);
                }}
              />
            </FormField>
          </Container>
          <UsersPickerTable
            title="Add users to the group - Optional"
            rows={users.data ?? []}
            loading={users.isPending && !users.error}
            selectedNames={userNames}
            onChange={setUserNames}
            description={users.error ? <ApiErrorAlert error={users.error} /> : undefined}
          />
          <ManagedPoliciesTable
            title="Attach permissions policies - Optional"
            description="You can attach up to 10 policies to this user group. All the users in this group will have permissions that are defined in the selected policies."
            items={policies.data ?? []}
            loading={policies.isPending && !policies.error}
            columns={['type', 'usedAs', 'description']}
            selectionType="multi"
            selectedItems={(policies.data ?? []).filter((p) => policyArns.includes(p.arn))}
            onSelectionChange={(rows) => setPolicyArns(rows.map((r) => r.arn))}
            pageSize={10}
          />
        </SpaceBetween>
      </Form>
    </form>
  );
}
