// New Policy mode, left pane: the "Policy Sandbox", policies pasted or written for the simulation
// only ("This policy has been edited. Changes will not be saved to your account.").
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { PolicyEditor } from '@/ui/policy-editor/policy-editor';
import type { SandboxPolicy, SimulatorSettings } from './simulator-settings';

export const NEW_SANDBOX_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [],
      "Resource": "*"
    }
  ]
}`;

export interface SandboxPaneProps {
  settings: SimulatorSettings;
  onChange: (patch: Partial<SimulatorSettings>) => void;
}

export function SandboxPane({ settings, onChange }: SandboxPaneProps) {
  const policies = settings.policies;
  const update = (index: number, patch: Partial<SandboxPolicy>) =>
    onChange({ policies: policies.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const add = () =>
    onChange({
      policies: [
        ...policies,
        { name: `Policy ${policies.length + 1}`, document: NEW_SANDBOX_POLICY },
      ],
    });
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Policies written here are used only by the simulation. Changes will not be saved to your account."
          actions={<Button onClick={add}>Create New Policy</Button>}
        >
          Policy Sandbox
        </Header>
      }
    >
      <SpaceBetween size="l">
        {policies.length === 0 && (
          <Box color="text-body-secondary">
            No policies yet. Choose &quot;Create New Policy&quot; and paste or write a policy.
          </Box>
        )}
        {policies.map((policy, index) => (
          <SpaceBetween key={index} size="xs">
            <SpaceBetween direction="horizontal" size="xs" alignItems="end">
              <FormField label="Policy name">
                <Input
                  ariaLabel={`Policy ${index + 1} name`}
                  value={policy.name}
                  onChange={(e) => update(index, { name: e.detail.value })}
                />
              </FormField>
              <Button
                ariaLabel={`Remove policy ${index + 1}`}
                onClick={() => onChange({ policies: policies.filter((_, i) => i !== index) })}
              >
                Remove
              </Button>
            </SpaceBetween>
            <PolicyEditor
              ariaLabel={`Policy ${index + 1}`}
              value={policy.document}
              onChange={(document) => update(index, { document })}
              options={{ kind: 'identity', purpose: 'managed' }}
            />
          </SpaceBetween>
        ))}
      </SpaceBetween>
    </Container>
  );
}
