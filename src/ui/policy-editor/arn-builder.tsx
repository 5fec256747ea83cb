// Builds a resource ARN from a resource type's ARN format, one field a placeholder (the visual
// editor's "Add ARNs", the policy simulator's resources).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import {
  arnPlaceholders,
  fillArnFormat,
  type CatalogResourceType,
  type ServiceCatalog,
} from '@/iam';

/** The resource types the chosen actions can name; all of the service's when none is known. */
export function resourceTypesFor(
  service: string,
  actions: readonly string[],
  catalog: ServiceCatalog,
): CatalogResourceType[] {
  const types = catalog.resourceTypesOf(service) ?? [];
  const names = new Set<string>();
  for (const pattern of actions) {
    for (const action of catalog.expandActionPattern(pattern)) {
      const detail = catalog.actionDetail(`${action.service}:${action.name}`);
      for (const rt of detail?.resourceTypes ?? []) names.add(rt.name);
    }
  }
  return names.size === 0 ? [...types] : types.filter((t) => names.has(t.name));
}

export function ArnBuilder({
  type,
  onAdd,
}: {
  type: CatalogResourceType;
  onAdd: (arn: string) => void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const placeholders = arnPlaceholders(type.arnFormat).filter((p) => p !== 'Partition');
  const { arn } = fillArnFormat(type.arnFormat, values);
  return (
    <SpaceBetween size="xs">
      {placeholders.map((p) => (
        <FormField key={p} label={p} constraintText="Leave empty for any (*).">
          <Input
            ariaLabel={`${type.name} ${p}`}
            value={values[p] ?? ''}
            onChange={(e) => setValues({ ...values, [p]: e.detail.value })}
          />
        </FormField>
      ))}
      <FormField label="Resource ARN">
        <Box variant="code">{arn}</Box>
      </FormField>
      <Button onClick={() => onAdd(arn)}>Add ARNs</Button>
    </SpaceBetween>
  );
}
