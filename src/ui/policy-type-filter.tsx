// The console's "Filter by Type" select over managed policies.
import Select from '@cloudscape-design/components/select';

export type PolicyTypeLabel =
  'AWS managed' | 'AWS managed - job function' | 'Customer managed' | 'Customer inline';

export type PolicyTypeFilterValue = 'all' | PolicyTypeLabel;

const OPTIONS: Array<{ value: PolicyTypeFilterValue; label: string }> = [
  { value: 'all', label: 'All types' },
  { value: 'AWS managed', label: 'AWS managed' },
  { value: 'Customer managed', label: 'Customer managed' },
  { value: 'AWS managed - job function', label: 'AWS managed - job function' },
];

export interface PolicyTypeFilterProps {
  value: PolicyTypeFilterValue;
  onChange: (value: PolicyTypeFilterValue) => void;
  /** The inline type is offered only where inline policies are listed (an identity's policies). */
  includeInline?: boolean;
}

export function matchesPolicyType(type: PolicyTypeLabel, filter: PolicyTypeFilterValue): boolean {
  return filter === 'all' || type === filter;
}

export function PolicyTypeFilter({ value, onChange, includeInline }: PolicyTypeFilterProps) {
  const options = includeInline
    ? [...OPTIONS, { value: 'Customer inline' as const, label: 'Customer inline' }]
    : OPTIONS;
  const selected = options.find((o) => o.value === value) ?? options[0];
  return (
    <Select
      inlineLabelText="Filter by Type"
      ariaLabel="Filter by Type"
      selectedOption={selected ?? null}
      options={options}
      onChange={(event) => {
        const next = options.find((o) => o.value === event.detail.selectedOption.value);
        if (next) onChange(next.value);
      }}
    />
  );
}
