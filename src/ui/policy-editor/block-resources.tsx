// "Resources" of one permission block: All, or specific ARNs built from the ARN formats of the
// resource types the chosen actions support.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TokenGroup from '@cloudscape-design/components/token-group';
import { useState } from 'react';
import { BlockSection } from './block-section';
import {
  arnPlaceholders,
  fillArnFormat,
  type CatalogResourceType,
  type ServiceCatalog,
} from '@/iam';

export interface BlockResourcesProps {
  service: string;
  actions: readonly string[];
  resources: readonly string[];
  catalog: ServiceCatalog;
  onChange: (resources: string[]) => void;
}

/** The resource types the chosen actions can name; all of the service's when none is known. */
function resourceTypesFor(
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

function ArnBuilder({ type, onAdd }: { type: CatalogResourceType; onAdd: (arn: string) => void }) {
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

export function BlockResources({
  service,
  actions,
  resources,
  catalog,
  onChange,
}: BlockResourcesProps) {
  const [adding, setAdding] = useState<string>();
  const all = resources.length === 1 && resources[0] === '*';
  const types = resourceTypesFor(service, actions, catalog);
  return (
    <BlockSection title="Resources" description="Specify resource ARNs for these actions.">
      <SpaceBetween size="s">
        <RadioGroup
          ariaLabel="Resources"
          value={all ? 'all' : 'specific'}
          onChange={(e) => onChange(e.detail.value === 'all' ? ['*'] : [])}
          items={[
            { value: 'specific', label: 'Specific' },
            { value: 'all', label: 'All', description: 'All resources ("*")' },
          ]}
        />
        {all ? null : (
          <SpaceBetween size="s">
            {types.length === 0 ? (
              <Box color="text-body-secondary">
                The chosen actions support no resource-level permissions; choose All.
              </Box>
            ) : null}
            {types.map((type) => (
              <Box key={type.name}>
                <SpaceBetween size="xxs">
                  <SpaceBetween size="xs" direction="horizontal">
                    <Box variant="strong">{type.name}</Box>
                    <Box variant="code" color="text-body-secondary">
                      {type.arnFormat}
                    </Box>
                    <Button
                      variant="inline-link"
                      ariaLabel={`Add ARNs for ${type.name}`}
                      onClick={() => setAdding(adding === type.name ? undefined : type.name)}
                    >
                      Add ARNs
                    </Button>
                  </SpaceBetween>
                  {adding === type.name ? (
                    <ArnBuilder
                      type={type}
                      onAdd={(arn) => {
                        if (!resources.includes(arn)) onChange([...resources, arn]);
                        setAdding(undefined);
                      }}
                    />
                  ) : null}
                </SpaceBetween>
              </Box>
            ))}
            <TokenGroup
              items={resources.map((r) => ({ label: r, dismissLabel: `Remove ${r}` }))}
              onDismiss={(e) => onChange(resources.filter((_r, i) => i !== e.detail.itemIndex))}
            />
          </SpaceBetween>
        )}
      </SpaceBetween>
    </BlockSection>
  );
}
