// "Actions allowed" of one permission block: every action of the service, grouped by access level,
// with a filter, "All <service> actions", and the written patterns the checkboxes cannot show.
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import TokenGroup from '@cloudscape-design/components/token-group';
import { useState } from 'react';
import { BlockSection } from './block-section';
import type { AccessLevel, ServiceCatalog } from '@/iam';

const LEVELS: readonly AccessLevel[] = [
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
];

export interface BlockActionsProps {
  service: string;
  serviceName: string;
  actions: readonly string[];
  effect: 'Allow' | 'Deny';
  catalog: ServiceCatalog;
  onChange: (actions: string[]) => void;
}

export function BlockActions({
  service,
  serviceName,
  actions,
  effect,
  catalog,
  onChange,
}: BlockActionsProps) {
  const [filter, setFilter] = useState('');
  const all = `${service}:*`;
  const catalogActions = catalog.actionsOf(service);
  const known = new Set(catalogActions.map((a) => `${service}:${a.name}`.toLowerCase()));
  const chosen = new Set(actions.map((a) => a.toLowerCase()));
  const others = actions.filter((a) => !known.has(a.toLowerCase()) && a.toLowerCase() !== all);
  const needle = filter.trim().toLowerCase();
  const toggle = (name: string, checked: boolean) =>
    onChange(
      checked ? [...actions, name] : actions.filter((a) => a.toLowerCase() !== name.toLowerCase()),
    );
  return (
    <BlockSection
      title={effect === 'Allow' ? 'Actions allowed' : 'Actions denied'}
      description={`Specify actions from the service to be ${effect === 'Allow' ? 'allowed' : 'denied'}.`}
    >
      <SpaceBetween size="s">
        <TextFilter
          filteringText={filter}
          filteringPlaceholder="Filter actions"
          filteringAriaLabel="Filter actions"
          onChange={(e) => setFilter(e.detail.filteringText)}
        />
        <Checkbox checked={chosen.has(all)} onChange={(e) => toggle(all, e.detail.checked)}>
          All {serviceName} actions ({all})
        </Checkbox>
        {LEVELS.map((level) => {
          const inLevel = catalogActions.filter(
            (a) => a.accessLevel === level && a.name.toLowerCase().includes(needle),
          );
          if (inLevel.length === 0) return null;
          const selected = inLevel.filter((a) => chosen.has(`${service}:${a.name}`.toLowerCase()));
          return (
            <ExpandableSection
              key={`${level}-${needle === '' ? 'all' : 'filtered'}`}
              defaultExpanded={needle !== ''}
              headerText={level}
              headerCounter={`(${selected.length}/${inLevel.length})`}
            >
              <ColumnLayout columns={3}>
                {inLevel.map((a) => {
                  const name = `${service}:${a.name}`;
                  return (
                    <Checkbox
                      key={a.name}
                      checked={chosen.has(name.toLowerCase())}
                      onChange={(e) => toggle(name, e.detail.checked)}
                    >
                      {a.name}
                    </Checkbox>
                  );
                })}
              </ColumnLayout>
            </ExpandableSection>
          );
        })}
        {others.length > 0 ? (
          <Box>
            <Box variant="awsui-key-label">Added actions</Box>
            <TokenGroup
              items={others.map((a) => ({ label: a, dismissLabel: `Remove ${a}` }))}
              onDismiss={(e) => onChange(actions.filter((a) => a !== others[e.detail.itemIndex]))}
            />
          </Box>
        ) : null}
      </SpaceBetween>
    </BlockSection>
  );
}
