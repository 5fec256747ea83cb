// Create role, step 1 "Select trusted entity": AWS service, AWS account, or a custom trust policy.
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import Alert from '@cloudscape-design/components/alert';
import { PolicyEditor } from '@/ui/policy-editor/policy-editor';
import type { PolicyAnalysis } from '@/ui/policy-editor/analyze-policy';
import type { CreateRoleForm, TrustedEntityType } from './create-role-form';
import { SERVICE_USE_CASES } from './trust-policy-templates';

export interface TrustedEntityStepProps {
  form: CreateRoleForm;
  accountId: string;
  onChange: (patch: Partial<CreateRoleForm>) => void;
  /** Shown under the choices when "Next" was refused. */
  error?: string;
  /** AWS's error for the trust policy, after "Create role" failed. */
  policyError?: string;
  onAnalysis: (analysis: PolicyAnalysis) => void;
}

const ENTITY_TYPES: Array<{ value: TrustedEntityType; label: string; description: string }> = [
  {
    value: 'service',
    label: 'AWS service',
    description:
      'Allow AWS services like EC2, Lambda, or others to perform actions in this account.',
  },
  {
    value: 'account',
    label: 'AWS account',
    description:
      'Allow entities in other AWS accounts belonging to you or a 3rd party to perform actions in this account.',
  },
  {
    value: 'custom',
    label: 'Custom trust policy',
    description:
      'Create a custom trust policy to enable others to perform actions in this account.',
  },
];

export function TrustedEntityStep({
  form,
  accountId,
  onChange,
  error,
  policyError,
  onAnalysis,
}: TrustedEntityStepProps) {
  const service = SERVICE_USE_CASES.find((s) => s.service === form.service);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Trusted entity type</Header>}>
        <Tiles
          ariaLabel="Trusted entity type"
          value={form.entityType}
          columns={3}
          onChange={(e) => onChange({ entityType: e.detail.value as TrustedEntityType })}
          items={ENTITY_TYPES}
        />
      </Container>
      {form.entityType === 'service' && (
        <Container
          header={
            <Header
              variant="h2"
              description="Allow an AWS service like EC2, Lambda, or others to perform actions in this account."
            >
              Use case
            </Header>
          }
        >
          <SpaceBetween size="l">
            <FormField label="Service or use case" errorText={!form.service ? error : undefined}>
              <Select
                ariaLabel="Service or use case"
                placeholder="Choose a service or use case"
                selectedOption={form.service ? { value: form.service, label: form.service } : null}
                options={[
                  {
                    label: 'Commonly used services',
                    options: SERVICE_USE_CASES.slice(0, 2).map((s) => ({
                      value: s.service,
                      label: s.service,
                    })),
                  },
                  {
                    label: 'Use cases for other AWS services',
                    options: SERVICE_USE_CASES.slice(2).map((s) => ({
                      value: s.service,
                      label: s.service,
                    })),
                  },
                ]}
                onChange={(e) => {
                  const chosen = SERVICE_USE_CASES.find(
                    (s) => s.service === e.detail.selectedOption.value,
                  );
                  onChange({ service: chosen?.service, useCase: chosen?.useCases[0]?.id });
                }}
              />
            </FormField>
            {service && (
              <FormField label="Choose a use case for the specified service." stretch>
                <RadioGroup
                  ariaLabel="Use case"
                  value={form.useCase ?? null}
                  onChange={(e) => onChange({ useCase: e.detail.value })}
                  items={service.useCases.map((u) => ({
                    value: u.id,
                    label: u.label,
                    description: u.description,
                  }))}
                />
              </FormField>
            )}
          </SpaceBetween>
        </Container>
      )}
      {form.entityType === 'account' && (
        <Container header={<Header variant="h2">An AWS account</Header>}>
          <SpaceBetween size="l">
            <RadioGroup
              ariaLabel="An AWS account"
              value={form.accountChoice}
              onChange={(e) =>
                onChange({ accountChoice: e.detail.value === 'other' ? 'other' : 'this' })
              }
              items={[
                { value: 'this', label: `This account (${accountId})` },
                { value: 'other', label: 'Another AWS account' },
              ]}
            />
            {form.accountChoice === 'other' && (
              <FormField
                label="Account ID"
                description="Identifier of the account that can use this role"
                constraintText="Account ID is a 12-digit number."
                errorText={error && !/^\d{12}$/.test(form.otherAccountId) ? error : undefined}
              >
                <Input
                  ariaLabel="Account ID"
                  value={form.otherAccountId}
                  onChange={(e) => onChange({ otherAccountId: e.detail.value.trim() })}
                />
              </FormField>
            )}
            <FormField label="Options">
              <SpaceBetween size="s">
                <Checkbox
                  checked={form.requireExternalId}
                  description="Best practice when a third party will assume this role. Roles that require an external ID cannot be used through the console's Switch role."
                  onChange={(e) => onChange({ requireExternalId: e.detail.checked })}
                >
                  Require external ID
                </Checkbox>
                {form.requireExternalId && (
                  <FormField
                    label="External ID"
                    errorText={error && form.requireExternalId ? error : undefined}
                  >
                    <Input
                      ariaLabel="External ID"
                      value={form.externalId}
                      onChange={(e) => onChange({ externalId: e.detail.value })}
                    />
                  </FormField>
                )}
                <Checkbox
                  checked={form.requireMfa}
                  description="Requires that the assuming entity use multi-factor authentication."
                  onChange={(e) => onChange({ requireMfa: e.detail.checked })}
                >
                  Require MFA
                </Checkbox>
              </SpaceBetween>
            </FormField>
          </SpaceBetween>
        </Container>
      )}
      {form.entityType === 'custom' && (
        <Container
          header={
            <Header
              variant="h2"
              description="Enter a custom trust policy to enable others to perform actions in this account."
            >
              Custom trust policy
            </Header>
          }
        >
          <SpaceBetween size="m">
            {policyError && (
              <Alert type="error" header="The trust policy could not be saved">
                {policyError}
              </Alert>
            )}
            <PolicyEditor
              value={form.customPolicy}
              onChange={(customPolicy) => onChange({ customPolicy })}
              options={{ kind: 'trust', purpose: 'trust' }}
              ariaLabel="Custom trust policy"
              onAnalysis={onAnalysis}
            />
          </SpaceBetween>
        </Container>
      )}
    </SpaceBetween>
  );
}
