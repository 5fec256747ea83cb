// The "Policy Simulator" pane's inputs: services and their actions (from the catalog, all
// services), the simulation resources, an optional resource policy, and "Global Settings" (typed
// context keys).
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { ServiceCatalog } from '@/iam';
import { CONTEXT_KEY_TYPES } from '@/queries/iam-simulator';
import type { ContextEntry, ContextKeyType } from '@/queries/types';
import { ArnBuilder, resourceTypesFor } from '@/ui/policy-editor/arn-builder';
import type { SimulatorSettings } from './simulator-settings';

export interface SimulationInputsProps {
  settings: SimulatorSettings;
  onChange: (patch: Partial<SimulatorSettings>) => void;
  catalog: ServiceCatalog | undefined;
}

const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

function actionOptions(catalog: ServiceCatalog, services: readonly string[]) {
  const groups: MultiselectProps.OptionGroup[] = [];
  for (const service of services) {
    const actions = catalog.actionsOf(service);
    for (const level of ACCESS_LEVELS) {
      const options = actions
        .filter((a) => a.accessLevel === level)
        .map((a) => ({ value: `${a.service}:${a.name}`, label: `${a.service}:${a.name}` }));
      if (options.length > 0) {
        groups.push({ label: `${catalog.serviceName(service) ?? service} — ${level}`, options });
      }
    }
  }
  return groups;
}

function ContextEntries({ settings, onChange, catalog }: SimulationInputsProps) {
  const keys = catalog?.servicePrefixes() ? globalKeyOptions(catalog) : [];
  const update = (index: number, patch: Partial<ContextEntry>) =>
    onChange({
      context: settings.context.map((e, i) => (i === index ? { ...e, ...patch } : e)),
    });
  return (
    <AttributeEditor
      items={settings.context}
      addButtonText="Add context key"
      removeButtonText="Remove"
      empty="No context keys. Keys the policies' conditions need and the simulation lacks are reported as missing."
      onAddButtonClick={() =>
        onChange({
          context: [
            ...settings.context,
            { contextKeyName: '', contextKeyType: 'string', contextKeyValues: [''] },
          ],
        })
      }
      onRemoveButtonClick={(e) =>
        onChange({ context: settings.context.filter((_, i) => i !== e.detail.itemIndex) })
      }
      definition={[
        {
          label: 'Key',
          control: (item, index) => (
            <Autosuggest
              ariaLabel={`Context key ${index + 1}`}
              value={item.contextKeyName}
              options={keys}
              enteredTextLabel={(v) => `Use: "${v}"`}
              onChange={(e) => update(index, { contextKeyName: e.detail.value })}
            />
          ),
        },
        {
          label: 'Type',
          control: (item, index) => (
            <Select
              ariaLabel={`Context key ${index + 1} type`}
              selectedOption={{ value: item.contextKeyType, label: item.contextKeyType }}
              options={CONTEXT_KEY_TYPES.map((t) => ({ value: t, label: t }))}
              onChange={(e) =>
                update(index, { contextKeyType: e.detail.selectedOption.value as ContextKeyType })
              }
            />
          ),
        },
        {
          label: 'Values',
          info: undefined,
          control: (item, index) => (
            <Input
              ariaLabel={`Context key ${index + 1} values`}
              value={item.contextKeyValues.join(', ')}
              placeholder={item.contextKeyType.endsWith('List') ? 'value1, value2' : 'value'}
              onChange={(e) =>
                update(index, {
                  contextKeyValues: item.contextKeyType.endsWith('List')
                    ? e.detail.value.split(',').map((v) => v.trim())
                    : [e.detail.value],
                })
              }
            />
          ),
        },
      ]}
    />
  );
}

function globalKeyOptions(catalog: ServiceCatalog) {
  const names = [
    'aws:CurrentTime',
    'aws:EpochTime',
    'aws:MultiFactorAuthPresent',
    'aws:MultiFactorAuthAge',
    'aws:PrincipalTag/',
    'aws:RequestedRegion',
    'aws:RequestTag/',
    'aws:ResourceTag/',
    'aws:SecureTransport',
    'aws:SourceIp',
    'aws:TagKeys',
    'aws:username',
    'aws:userid',
  ];
  return names.map((value) => ({
    value,
    description: catalog.conditionKey(value)?.type,
  }));
}

/** "Add Resource": an ARN built from the catalog's ARN format of one of the actions' types. */
function ResourceBuilder({ settings, onChange, catalog }: SimulationInputsProps) {
  const [typeKey, setTypeKey] = useState('');
  if (!catalog) return null;
  const types = settings.services.flatMap((service) =>
    resourceTypesFor(
      service,
      settings.actions.filter((a) => a.startsWith(`${service}:`)),
      catalog,
    ),
  );
  const key = (t: { service: string; name: string }) => `${t.service}:${t.name}`;
  const chosen = types.find((t) => key(t) === typeKey);
  return (
    <ExpandableSection headerText="Add Resource" variant="footer">
      <SpaceBetween size="s">
        <FormField label="Resource type" description="From the selected actions' resource types.">
          <Select
            ariaLabel="Resource type"
            placeholder={types.length ? 'Choose a resource type' : 'Select actions first'}
            selectedOption={chosen ? { value: key(chosen), label: key(chosen) } : null}
            options={types.map((t) => ({ value: key(t), label: key(t), description: t.arnFormat }))}
            onChange={(e) => setTypeKey(e.detail.selectedOption.value ?? '')}
          />
        </FormField>
        {chosen && (
          <ArnBuilder
            key={typeKey}
            type={chosen}
            onAdd={(arn) => {
              const current = settings.resources.map((r) => r.trim()).filter(Boolean);
              if (!current.includes(arn)) onChange({ resources: [...current, arn] });
            }}
          />
        )}
      </SpaceBetween>
    </ExpandableSection>
  );
}

export function SimulationInputs(props: SimulationInputsProps) {
  const { settings, onChange, catalog } = props;
  const services = catalog?.servicePrefixes() ?? [];
  const serviceOptions = services.map((p) => ({
    value: p,
    label: catalog?.serviceName(p) ?? p,
    description: p,
  }));
  const actionGroups = catalog ? actionOptions(catalog, settings.services) : [];
  const selectedActions = settings.actions.map((a) => ({ value: a, label: a }));
  return (
    <SpaceBetween size="m">
      <ColumnLayout columns={2}>
        <FormField label="Select service">
          <Multiselect
            ariaLabel="Select service"
            data-testid="simulator-services"
            filteringType="auto"
            placeholder="Select service"
            statusType={catalog ? 'finished' : 'loading'}
            loadingText="Loading services"
            selectedOptions={serviceOptions.filter((o) => settings.services.includes(o.value))}
            options={serviceOptions}
            tokenLimit={3}
            onChange={(e) => {
              const next = e.detail.selectedOptions.map((o) => o.value ?? '');
              onChange({
                services: next,
                actions: settings.actions.filter((a) => next.includes(a.split(':')[0] ?? '')),
              });
            }}
          />
        </FormField>
        <FormField label="Select actions">
          <Multiselect
            ariaLabel="Select actions"
            data-testid="simulator-actions"
            filteringType="auto"
            placeholder={settings.services.length ? 'Select actions' : 'Select a service first'}
            disabled={settings.services.length === 0}
            selectedOptions={selectedActions}
            options={actionGroups}
            tokenLimit={4}
            onChange={(e) =>
              onChange({ actions: e.detail.selectedOptions.map((o) => o.value ?? '') })
            }
          />
        </FormField>
      </ColumnLayout>
      <FormField
        label="Simulation resources"
        description="One ARN a line; every action is simulated on each. Leave empty for all resources (*)."
      >
        <Textarea
          ariaLabel="Simulation resources"
          rows={2}
          value={settings.resources.join('\n')}
          placeholder="arn:aws:s3:::amzn-s3-demo-bucket/*"
          onChange={(e) => onChange({ resources: e.detail.value.split('\n') })}
        />
      </FormField>
      <ResourceBuilder {...props} />
      <ExpandableSection
        headerText="Include Resource Policy"
        defaultExpanded={settings.resourcePolicy !== ''}
      >
        <SpaceBetween size="s">
          <FormField
            label="Resource policy"
            description="A resource-based policy, such as a bucket policy, evaluated with the identity's policies."
          >
            <Textarea
              ariaLabel="Resource policy"
              rows={6}
              value={settings.resourcePolicy}
              onChange={(e) => onChange({ resourcePolicy: e.detail.value })}
            />
          </FormField>
          <FormField
            label="Resource owner - optional"
            description="The 12-digit account that owns the resource, for ARNs without an account (S3)."
          >
            <Input
              ariaLabel="Resource owner"
              value={settings.resourceOwner}
              onChange={(e) => onChange({ resourceOwner: e.detail.value.trim() })}
            />
          </FormField>
        </SpaceBetween>
      </ExpandableSection>
      <ExpandableSection headerText="Global Settings" defaultExpanded={settings.context.length > 0}>
        <ContextEntries {...props} />
      </ExpandableSection>
    </SpaceBetween>
  );
}
