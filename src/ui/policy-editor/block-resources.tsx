// "Resources" of one permission block: All, or specific ARNs built from the ARN formats of the
// resource types the chosen actions support.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TokenGroup from '@cloudscape-design/components/token-group';
import { useState } from 'react';
import type { ServiceCatalog } from '@/iam';
import { ArnBuilder, resourceTypesFor } from './arn-builder';
import { BlockSection } from './block-section';

export interface BlockResourcesProps {
  service: string;
  actions: readonly string[];
  resources: readonly string[];
  catalog: ServiceCatalog;
  onChange: (resources: string[]) => void;
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
