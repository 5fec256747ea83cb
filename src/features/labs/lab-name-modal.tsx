// "Create lab" (blank, or a duplicate of the current lab) and "Rename": a name, checked on submit.
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ConfirmModal } from '@/ui/confirm-modal';

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
  return (
    <ConfirmModal
      header={props.header}
      confirmLabel={props.confirmLabel}
      errorHeader="The lab could not be saved"
      submitOnEnter
      onConfirm={() => props.onSubmit(name, start)}
      onDismiss={props.onDismiss}
    >
      <SpaceBetween size="m">
        <FormField
          label="Lab name"
          constraintText="Up to 64 characters. Each lab in this browser has its own name."
        >
          <Input value={name} onChange={(e) => setName(e.detail.value)} />
        </FormField>
        {props.currentLabName !== undefined ? (
          <FormField label="Start from">
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
        ) : null}
      </SpaceBetween>
    </ConfirmModal>
  );
}
