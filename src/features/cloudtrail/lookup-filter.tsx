// The Event history's filter row: CloudTrail's "Lookup attributes" (one attribute and its value)
// and the lab's outcome filter.
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { EventOutcome, LookupAttribute, LookupAttributeKey } from '@/queries/cloudtrail';

export interface EventFilter {
  attribute?: LookupAttribute;
  outcome: EventOutcome;
}

export interface LookupFilterProps {
  filter: EventFilter;
  onChange: (filter: EventFilter) => void;
}

const ATTRIBUTES: Array<{ value: LookupAttributeKey; label: string; placeholder: string }> = [
  { value: 'ReadOnly', label: 'Read-only', placeholder: 'true or false' },
  { value: 'EventName', label: 'Event name', placeholder: 'Enter an event name' },
  { value: 'Username', label: 'User name', placeholder: 'Enter a user name' },
  { value: 'ResourceType', label: 'Resource type', placeholder: 'Enter a resource type' },
  { value: 'ResourceName', label: 'Resource name', placeholder: 'Enter a resource name' },
  { value: 'EventSource', label: 'Event source', placeholder: 'Enter an event source' },
  { value: 'AccessKeyId', label: 'AWS access key', placeholder: 'Enter an AWS access key' },
  { value: 'EventId', label: 'Event ID', placeholder: 'Enter an event ID' },
];

const OUTCOMES: Array<{ value: EventOutcome; label: string }> = [
  { value: 'all', label: 'All outcomes' },
  { value: 'succeeded', label: 'Succeeded' },
  { value: 'failed', label: 'Failed (any error code)' },
  { value: 'denied', label: 'Access denied' },
];

const option = (o: { value: string; label: string }): SelectProps.Option => ({
  value: o.value,
  label: o.label,
});

export function LookupFilter({ filter, onChange }: LookupFilterProps) {
  const [key, setKey] = useState<LookupAttributeKey>(filter.attribute?.attributeKey ?? 'EventName');
  const [value, setValue] = useState(filter.attribute?.attributeValue ?? '');
  const chosen = ATTRIBUTES.find((a) => a.value === key) ?? ATTRIBUTES[1];
  const outcome = OUTCOMES.find((o) => o.value === filter.outcome) ?? OUTCOMES[0];

  const apply = (nextKey = key, nextValue = value) => {
    const trimmed = nextValue.trim();
    onChange({
      ...filter,
      attribute: trimmed ? { attributeKey: nextKey, attributeValue: trimmed } : undefined,
    });
  };

  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="end">
      <FormField label="Lookup attributes">
        <Select
          selectedOption={chosen ? option(chosen) : null}
          options={ATTRIBUTES.map(option)}
          onChange={({ detail }) => {
            const next = detail.selectedOption.value as LookupAttributeKey;
            setKey(next);
            // Read-only takes true or false; a value typed for another attribute does not carry over.
            if (next === 'ReadOnly' || key === 'ReadOnly') {
              setValue('');
              apply(next, '');
            } else if (value.trim()) apply(next, value);
          }}
        />
      </FormField>
      <FormField label="Attribute value">
        {key === 'ReadOnly' ? (
          <Select
            ariaLabel="Attribute value"
            placeholder="Choose true or false"
            selectedOption={value ? { value, label: value } : null}
            options={[
              { value: 'true', label: 'true' },
              { value: 'false', label: 'false' },
            ]}
            onChange={({ detail }) => {
              const next = detail.selectedOption.value ?? '';
              setValue(next);
              apply(key, next);
            }}
          />
        ) : (
          <Input
            type="search"
            value={value}
            placeholder={chosen?.placeholder}
            ariaLabel="Attribute value"
            onChange={({ detail }) => {
              setValue(detail.value);
              if (detail.value === '') apply(key, '');
            }}
            onKeyDown={({ detail }) => {
              if (detail.key === 'Enter') apply();
            }}
          />
        )}
      </FormField>
      <Button onClick={() => apply()}>Apply</Button>
      <FormField label="Outcome">
        <Select
          selectedOption={outcome ? option(outcome) : null}
          options={OUTCOMES.map(option)}
          onChange={({ detail }) =>
            onChange({ ...filter, outcome: detail.selectedOption.value as EventOutcome })
          }
        />
      </FormField>
    </SpaceBetween>
  );
}
