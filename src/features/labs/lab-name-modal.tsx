// "Create lab" (blank, or a duplicate of the current lab) and "Rename": a name, checked on submit.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ApiErrorAlert } from '@/ui/api-error-alert';

export type LabStart = 'blank' | 'current';

export interface LabNameModalProps {
  header: string;
  confirmLabel: string;
  initialName: string;
  /** Offers "Start from" with this lab as the one to duplicate (Create lab only). */
  currentLabName?: string;
  initialStart?: LabStart;
  onSubmit: (name: string, start: LabStart) => Promise<void>;
  onDismiss: () => void;
}

export function LabNameModal(props: LabNameModalProps) {
  const [name, setName] = useState(props.initialName);
  const [start, setStart] = useState<LabStart>(props.initialStart ?? 'blank');
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);

  async function submit() {
    setError(undefined);
    setPending(true);
    try {
      await props.onSubmit(name, start);
      props.onDismiss();
    } catch (err) {
      setError(err);
      setPending(false);
    }
  }

  return (
    <Modal
      visible
      header={props.header}
      onDismiss={props.onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={() => void submit()}>
              {props.confirmLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {[
          <FormField
            key="name"
            label="Lab name"
            constraintText="Up to 64 characters. Each lab in this browser has its own name."
          >
            <Input
              value={name}
              onChange={(e) => setName(e.detail.value)}
              onKeyDown={(e) => {
                if (e.detail.key === 'Enter') void submit();
              }}
            />
          </FormField>,
          props.currentLabName !== undefined ? (
            <FormField key="start" label="Start from">
              <RadioGroup
                value={start}
                onChange={(e) => setStart(e.detail.value as LabStart)}
                items={[
                  {
                    value: 'blank',
                    label: 'Blank lab',
                    description: 'Only the root user and the service-linked roles.',
                  },
                  {
                    value: 'current',
                    label: 'Duplicate of the current lab',
                    description: `A copy of everything in "${props.currentLabName}", its history included.`,
                  },
                ]}
              />
            </FormField>
          ) : null,
          error ? (
            <ApiErrorAlert key="error" error={error} header="The lab could not be saved" />
          ) : null,
        ]}
      </SpaceBetween>
    </Modal>
  );
}
