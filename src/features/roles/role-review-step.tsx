// Create role, step 3 "Name, review, and create": the role's name and description, the trust
// policy and permissions chosen in steps 1 and 2, and tags.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TagEditor from '@cloudscape-design/components/tag-editor';
import Textarea from '@cloudscape-design/components/textarea';
import type { ManagedPolicy } from '@/queries/types';
import { TableEmptyState } from '@/ui/table-states';
import type { CreateRoleForm } from './create-role-form';

export interface RoleReviewStepProps {
  form: CreateRoleForm;
  trustPolicy: string;
  policies: readonly ManagedPolicy[];
  boundary?: ManagedPolicy;
  nameError?: string;
  onChange: (patch: Partial<CreateRoleForm>) => void;
  onEditStep: (step: number) => void;
}

export function RoleReviewStep(props: RoleReviewStepProps) {
  const { form, onChange, onEditStep } = props;
  const rows = [
    ...props.policies.map((p) => ({
      id: p.arn,
      name: p.policyName,
      type: p.type,
      as: 'Permissions policy',
    })),
    ...(props.boundary
      ? [
          {
            id: `b:${props.boundary.arn}`,
            name: props.boundary.policyName,
            type: props.boundary.type,
            as: 'Permissions boundary',
          },
        ]
      : []),
  ];
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Role details</Header>}>
        <SpaceBetween size="l">
          <FormField
            label="Role name"
            description="Enter a meaningful name to identify this role."
            constraintText="Maximum 64 characters. Use alphanumeric and '+=,.@-_' characters."
            errorText={props.nameError}
          >
            <Input
              ariaLabel="Role name"
              value={form.roleName}
              onChange={(e) => onChange({ roleName: e.detail.value })}
            />
          </FormField>
          <FormField
            label="Description"
            description="Add a short explanation for this role."
            constraintText="Maximum 1000 characters. Use letters (A-Z and a-z), numbers (0-9), tabs, new lines, or any of the following characters: _+=,.@-/\[]!#$%^&*();:'&quot;<>"
          >
            <Textarea
              ariaLabel="Description"
              value={form.description}
              rows={2}
              onChange={(e) => onChange({ description: e.detail.value })}
            />
          </FormField>
        </SpaceBetween>
      </Container>
      <Container
        header={
          <Header variant="h2" actions={<Button onClick={() => onEditStep(0)}>Edit</Button>}>
            Step 1: Select trusted entities
          </Header>
        }
      >
        <FormField label="Trust policy" stretch>
          <Box variant="code">
            <pre aria-label="Trust policy" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {props.trustPolicy}
            </pre>
          </Box>
        </FormField>
      </Container>
      <Table
        variant="container"
        items={rows}
        trackBy="id"
        empty={<TableEmptyState title="No resources to display" />}
        header={
          <Header variant="h2" actions={<Button onClick={() => onEditStep(1)}>Edit</Button>}>
            Step 2: Add permissions
          </Header>
        }
        columnDefinitions={[
          { id: 'name', header: 'Policy name', isRowHeader: true, cell: (r) => r.name },
          { id: 'type', header: 'Type', cell: (r) => r.type },
          { id: 'as', header: 'Attached as', cell: (r) => r.as },
        ]}
      />
      <Container
        header={
          <Header
            variant="h2"
            description="Add tags to the role. Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources."
          >
            Step 3: Add tags - optional
          </Header>
        }
      >
        <TagEditor
          tags={form.tags.map((t) => ({ ...t, existing: false }))}
          tagLimit={50}
          onChange={(e) =>
            onChange({ tags: e.detail.tags.map((t) => ({ key: t.key, value: t.value ?? '' })) })
          }
        />
      </Container>
    </SpaceBetween>
  );
}
