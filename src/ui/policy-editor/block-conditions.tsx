// "Request conditions - optional" of one permission block: the written conditions, and "Add another
// condition" with Condition key, Qualifier, Operator and Value.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TokenGroup from '@cloudscape-design/components/token-group';
import { useState } from 'react';
import { BlockSection } from './block-section';
import type { ServiceCatalog } from '@/iam';
import type { VisualCondition } from './visual-model';

// Global condition keys the console offers for every service (UG reference_policies_condition-keys).
const GLOBAL_KEYS = [
  'aws:CurrentTime',
  'aws:MultiFactorAuthAge',
  'aws:MultiFactorAuthPresent',
  'aws:PrincipalArn',
  'aws:PrincipalTag/${TagKey}',
  'aws:RequestTag/${TagKey}',
  'aws:RequestedRegion',
  'aws:ResourceTag/${TagKey}',
  'aws:SecureTransport',
  'aws:SourceIp',
  'aws:SourceVpce',
  'aws:TagKeys',
];

/** The condition keys of the chosen actions and their resource types, then the global keys. */
function keysFor(actions: readonly string[], catalog: ServiceCatalog): string[] {
  const keys = new Set<string>();
  for (const pattern of actions) {
    for (const action of catalog.expandActionPattern(pattern)) {
      const detail = catalog.actionDetail(`${action.service}:${action.name}`);
      for (const key of detail?.conditionKeys ?? []) keys.add(key);
      for (const rt of detail?.resourceTypes ?? []) rt.conditionKeys.forEach((k) => keys.add(k));
    }
  }
  return [...[...keys].sort(), ...GLOBAL_KEYS.filter((k) => !keys.has(k))];
}

const OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateLessThan',
  'DateGreaterThan',
  'Bool',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotLike',
  'Null',
].map((value) => ({ value, label: value }));

const QUALIFIERS = [
  { value: '', label: 'Default' },
  { value: 'ForAnyValue:', label: 'For any value in a request' },
  { value: 'ForAllValues:', label: 'For all values in a request' },
];

export interface BlockConditionsProps {
  actions: readonly string[];
  catalog: ServiceCatalog;
  conditions: readonly VisualCondition[];
  onChange: (conditions: VisualCondition[]) => void;
}

function conditionLabel(c: VisualCondition): string {
  return `${c.operator} ${c.key}: ${c.values.map(String).join(', ')}`;
}

export function BlockConditions({ actions, catalog, conditions, onChange }: BlockConditionsProps) {
  const [adding, setAdding] = useState(false);
  const [key, setKey] = useState('');
  const [qualifier, setQualifier] = useState(QUALIFIERS[0]);
  const [operator, setOperator] = useState(OPERATORS[0]);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();

  function add() {
    if (!key.trim() || !value.trim()) {
      setError('Enter a condition key and a value.');
      return;
    }
    const op = `${qualifier?.value ?? ''}${operator?.value ?? 'StringEquals'}`;
    const existing = conditions.find((c) => c.operator === op && c.key === key.trim());
    const next = existing
      ? conditions.map((c) =>
          c === existing ? { ...c, values: [...c.values, value.trim()], single: false } : c,
        )
      : [...conditions, { operator: op, key: key.trim(), values: [value.trim()], single: true }];
    onChange(next);
    setKey('');
    setValue('');
    setError(undefined);
    setAdding(false);
  }

  return (
    <BlockSection
      title={
        <span>
          Request conditions - <i>optional</i>
        </span>
      }
      description="Actions on resources are allowed or denied only when these conditions are met."
    >
      <SpaceBetween size="s">
        {conditions.length > 0 ? (
          <TokenGroup
            items={conditions.map((c) => ({
              label: conditionLabel(c),
              dismissLabel: `Remove ${conditionLabel(c)}`,
            }))}
            onDismiss={(e) => onChange(conditions.filter((_c, i) => i !== e.detail.itemIndex))}
          />
        ) : (
          <Box color="text-body-secondary">No conditions.</Box>
        )}
        {adding ? (
          <SpaceBetween size="s">
            <ColumnLayout columns={4}>
              <FormField label="Condition key" errorText={error}>
                <Autosuggest
                  ariaLabel="Condition key"
                  placeholder="Choose a condition key"
                  enteredTextLabel={(text) => `Use: "${text}"`}
                  value={key}
                  options={adding ? keysFor(actions, catalog).map((k) => ({ value: k })) : []}
                  onChange={(e) => setKey(e.detail.value)}
                />
              </FormField>
              <FormField label="Qualifier">
                <Select
                  ariaLabel="Qualifier"
                  selectedOption={qualifier ?? null}
                  options={QUALIFIERS}
                  onChange={(e) =>
                    setQualifier(QUALIFIERS.find((q) => q.value === e.detail.selectedOption.value))
                  }
                />
              </FormField>
              <FormField label="Operator">
                <Select
                  ariaLabel="Operator"
                  selectedOption={operator ?? null}
                  options={OPERATORS}
                  onChange={(e) =>
                    setOperator(OPERATORS.find((o) => o.value === e.detail.selectedOption.value))
                  }
                />
              </FormField>
              <FormField label="Value">
                <Input ariaLabel="Value" value={value} onChange={(e) => setValue(e.detail.value)} />
              </FormField>
            </ColumnLayout>
            <SpaceBetween size="xs" direction="horizontal">
              <Button onClick={() => setAdding(false)}>Cancel</Button>
              <Button onClick={add}>Add condition</Button>
            </SpaceBetween>
          </SpaceBetween>
        ) : (
          <Button iconName="add-plus" onClick={() => setAdding(true)}>
            Add another condition
          </Button>
        )}
      </SpaceBetween>
    </BlockSection>
  );
}
