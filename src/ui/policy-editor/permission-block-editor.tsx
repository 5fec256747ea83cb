// One permission block of the visual editor: Service → Actions allowed → Resources → Request
// conditions, with "Switch to deny permissions" and "Remove".
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useEffect, useMemo, useState } from 'react';
import type { ServiceCatalog } from '@/iam';
import { BlockActions } from './block-actions';
import { BlockConditions } from './block-conditions';
import { BlockResources } from './block-resources';
import type { PermissionBlock } from './visual-model';

export interface PermissionBlockEditorProps {
  block: PermissionBlock;
  catalog: ServiceCatalog;
  onChange: (block: PermissionBlock) => void;
  onRemove: () => void;
}

/** Loads a service's detail chunk (resource types) and tells when it is there. */
function useServiceLoaded(catalog: ServiceCatalog, service: string): boolean {
  const [loaded, setLoaded] = useState<string>();
  useEffect(() => {
    let live = true;
    if (service && catalog.hasService(service)) {
      catalog.loadServices([service]).then(
        () => live && setLoaded(service),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [catalog, service]);
  return service !== '' && (loaded === service || catalog.isServiceLoaded(service));
}

export function PermissionBlockEditor({
  block,
  catalog,
  onChange,
  onRemove,
}: PermissionBlockEditorProps) {
  const options = useMemo(
    () =>
      catalog.servicePrefixes().map((p) => ({
        value: p,
        label: catalog.serviceName(p) ?? p,
        description: p,
      })),
    [catalog],
  );
  const loaded = useServiceLoaded(catalog, block.service);
  const serviceName = block.service
    ? (catalog.serviceName(block.service) ?? block.service)
    : undefined;
  const deny = block.effect === 'Deny';
  return (
    <Container
      header={
        <Header
          variant="h3"
          description={
            serviceName
              ? undefined
              : 'Specify what actions can be performed on specific resources in a service.'
          }
          actions={
            <SpaceBetween size="xs" direction="horizontal">
              <Button onClick={() => onChange({ ...block, effect: deny ? 'Allow' : 'Deny' })}>
                {deny ? 'Switch to allow permissions' : 'Switch to deny permissions'}
              </Button>
              <Button onClick={onRemove}>Remove</Button>
            </SpaceBetween>
          }
        >
          {serviceName ? `${serviceName}${deny ? ' (Deny)' : ''}` : 'Select a service'}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField label="Service">
          <Select
            ariaLabel="Service"
            data-testid="service"
            placeholder="Choose a service"
            filteringType="auto"
            filteringPlaceholder="Find a service"
            virtualScroll
            selectedOption={options.find((o) => o.value === block.service) ?? null}
            options={options}
            onChange={(e) =>
              onChange({ ...block, service: e.detail.selectedOption.value ?? '', actions: [] })
            }
          />
        </FormField>
        {block.service && serviceName ? (
          <SpaceBetween size="l">
            <BlockActions
              service={block.service}
              serviceName={serviceName}
              actions={block.actions}
              effect={block.effect}
              catalog={catalog}
              onChange={(actions) => onChange({ ...block, actions })}
            />
            {loaded ? (
              <BlockResources
                service={block.service}
                actions={block.actions}
                resources={block.resources}
                catalog={catalog}
                onChange={(resources) =>
                  onChange({ ...block, resources, singleResource: resources.length === 1 })
                }
              />
            ) : (
              <Box>
                <Spinner /> Loading resource types
              </Box>
            )}
            <BlockConditions
              actions={block.actions}
              catalog={catalog}
              conditions={block.conditions}
              onChange={(conditions) => onChange({ ...block, conditions })}
            />
          </SpaceBetween>
        ) : null}
      </SpaceBetween>
    </Container>
  );
}
