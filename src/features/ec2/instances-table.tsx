// The "Instances (n)" table of the EC2 console, with its Instance state menu.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router';
import { openHelp } from '@/state/page-chrome-store';
import { ec2Paths } from './ec2-paths';
import { formatLaunchTime, STATE_INDICATOR, STATE_LABEL, type InstanceState } from './ec2-format';
import { instanceStateMenu, type InstanceStateAction } from './instance-state-actions';

export interface InstanceRow {
  instanceId: string;
  name: string;
  state: InstanceState;
  instanceType: string;
  availabilityZone: string;
  privateIpAddress: string;
  launchTime: string;
}

export interface InstancesTableProps {
  instances: readonly InstanceRow[];
  loading: boolean;
  selected: readonly InstanceRow[];
  onSelectionChange: (rows: InstanceRow[]) => void;
  onRefresh: () => void;
  onStateAction: (action: InstanceStateAction) => void;
  /** Shown in place of the rows when the list could not be read (a denial). */
  error?: ReactNode;
}

function InstanceLink({ instanceId }: { instanceId: string }) {
  const navigate = useNavigate();
  const href = useHref(ec2Paths.instance(instanceId));
  return (
    <Link
      href={href}
      onFollow={(event) => {
        event.preventDefault();
        navigate(ec2Paths.instance(instanceId));
      }}
    >
      {instanceId}
    </Link>
  );
}

export function InstancesTable(props: InstancesTableProps) {
  const { instances, loading, selected, onSelectionChange, onRefresh, onStateAction, error } =
    props;
  const navigate = useNavigate();
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(instances, {
      filtering: {
        filteringFunction: (i, text) =>
          [i.name, i.instanceId, i.instanceType, i.state, i.availabilityZone].some((v) =>
            v.includes(text),
          ),
        empty: error ?? (
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No instances</b>
              <Box variant="p" color="inherit">
                You do not have any instances in this region
              </Box>
              <Button onClick={() => navigate(ec2Paths.launchInstance())}>Launch instances</Button>
            </SpaceBetween>
          </Box>
        ),
        noMatch: (
          <Box textAlign="center" color="inherit">
            <b>No matches</b>
          </Box>
        ),
      },
      pagination: { pageSize: 25 },
      sorting: {},
    });
  const counter =
    selected.length > 0 ? `(${selected.length}/${instances.length})` : `(${instances.length})`;
  return (
    <Table
      {...collectionProps}
      items={items}
      loading={loading}
      loadingText="Loading instances"
      trackBy="instanceId"
      variant="full-page"
      selectionType="multi"
      selectedItems={[...selected]}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      ariaLabels={{
        tableLabel: 'Instances',
        selectionGroupLabel: 'Instance selection',
        allItemsSelectionLabel: () => 'Select all instances',
        itemSelectionLabel: (_s, i) => `Select instance ${i.instanceId}`,
      }}
      header={
        <Header
          variant="awsui-h1-sticky"
          counter={counter}
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel="Refresh instances" onClick={onRefresh} />
              <ButtonDropdown
                disabled={selected.length === 0}
                onItemClick={({ detail }) => onStateAction(detail.id as InstanceStateAction)}
                items={instanceStateMenu(selected.map((i) => i.state))}
              >
                Instance state
              </ButtonDropdown>
              <Button variant="primary" onClick={() => navigate(ec2Paths.launchInstance())}>
                Launch instances
              </Button>
            </SpaceBetween>
          }
        >
          Instances
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder="Find Instance by attribute or tag (case-sensitive)"
          filteringAriaLabel="Find Instance by attribute or tag"
          countText={`${filteredItemsCount ?? 0} matches`}
        />
      }
      pagination={<Pagination {...paginationProps} />}
      columnDefinitions={[
        { id: 'name', header: 'Name', sortingField: 'name', cell: (i) => i.name || '–' },
        {
          id: 'instanceId',
          header: 'Instance ID',
          sortingField: 'instanceId',
          isRowHeader: true,
          cell: (i) => <InstanceLink instanceId={i.instanceId} />,
        },
        {
          id: 'state',
          header: 'Instance state',
          sortingField: 'state',
          cell: (i) => (
            <StatusIndicator type={STATE_INDICATOR[i.state]}>
              {STATE_LABEL[i.state]}
            </StatusIndicator>
          ),
        },
        {
          id: 'type',
          header: 'Instance type',
          sortingField: 'instanceType',
          cell: (i) => i.instanceType,
        },
        { id: 'az', header: 'Availability Zone', cell: (i) => i.availabilityZone },
        {
          id: 'ip',
          header: 'Private IPv4 address',
          cell: (i) => (i.state === 'terminated' ? '–' : i.privateIpAddress),
        },
        {
          id: 'launchTime',
          header: 'Launch time',
          sortingField: 'launchTime',
          cell: (i) => formatLaunchTime(i.launchTime),
        },
      ]}
    />
  );
}
