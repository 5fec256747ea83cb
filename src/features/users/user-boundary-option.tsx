// Create user, step 2: "Set permissions boundary - optional" under the permissions options.
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ManagedPolicy } from '@/queries/types';
import { BoundaryPicker } from '@/ui/boundary-picker';

export interface UserBoundaryOptionProps {
  useBoundary: boolean;
  boundaryArn?: string;
  policies: readonly ManagedPolicy[];
  loading: boolean;
  onChange: (patch: { useBoundary?: boolean; boundaryArn?: string }) => void;
}

export function UserBoundaryOption(props: UserBoundaryOptionProps) {
  return (
    <ExpandableSection
      variant="container"
      headerText="Set permissions boundary - optional"
      headerDescription="Use a permissions boundary to control the maximum permissions"
      defaultExpanded={props.useBoundary}
    >
      <SpaceBetween size="m">
        <RadioGroup
          ariaLabel="Permissions boundary"
          value={props.useBoundary ? 'use' : 'none'}
          onChange={(e) => props.onChange({ useBoundary: e.detail.value === 'use' })}
          items={[
            { value: 'none', label: 'Create user without a permissions boundary' },
            {
              value: 'use',
              label: 'Use a permissions boundary to control the maximum user permissions',
            },
          ]}
        />
        {props.useBoundary && (
          <BoundaryPicker
            entity="user"
            policies={props.policies}
            loading={props.loading}
            selectedArn={props.boundaryArn}
            onChange={(boundaryArn) => props.onChange({ boundaryArn })}
          />
        )}
      </SpaceBetween>
    </ExpandableSection>
  );
}
