// "Block all public access" and its four settings as checkboxes (Create bucket, Edit settings).
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PublicAccessBlockConfiguration } from '@/queries/s3';
import { PUBLIC_ACCESS_SETTINGS, allOn } from './public-access-block-labels';

export interface PublicAccessBlockFieldsProps {
  value: PublicAccessBlockConfiguration;
  onChange: (value: PublicAccessBlockConfiguration) => void;
}

export function PublicAccessBlockFields({ value, onChange }: PublicAccessBlockFieldsProps) {
  const setAll = (on: boolean) =>
    onChange({
      BlockPublicAcls: on,
      IgnorePublicAcls: on,
      BlockPublicPolicy: on,
      RestrictPublicBuckets: on,
    });
  return (
    <SpaceBetween size="m">
      <Checkbox
        checked={allOn(value)}
        onChange={({ detail }) => setAll(detail.checked)}
        description="Turning this setting on is the same as turning on all four settings below. Each of the following settings are independent of one another."
      >
        Block <i>all</i> public access
      </Checkbox>
      <Box padding={{ left: 'l' }}>
        <SpaceBetween size="s">
          {PUBLIC_ACCESS_SETTINGS.map(({ setting, label, description }) => (
            <Checkbox
              key={setting}
              checked={value[setting]}
              description={description}
              onChange={({ detail }) => onChange({ ...value, [setting]: detail.checked })}
            >
              {label}
            </Checkbox>
          ))}
        </SpaceBetween>
      </Box>
    </SpaceBetween>
  );
}
