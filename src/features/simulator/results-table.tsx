// "Action Settings and Results": Service, Action, Resource Type, Simulation Resource, Permission.
// "N matching statements." opens the statements, highlighted in their policies.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { permissionText, type SimulationRow } from './simulation-rows';

export interface ResultsTableProps {
  rows: SimulationRow[];
  running: boolean;
  onShowStatements: (index: number) => void;
  onRun: () => void;
  onExport: () => void;
  canRun: boolean;
  canExport: boolean;
}

function Permission(props: { row: SimulationRow; index: number; onShow: (i: number) => void }) {
  const { row, index, onShow } = props;
  if (!row.result) return <Box color="text-status-inactive">Not simulated</Box>;
  const { permission, detail } = permissionText(row.result);
  const allowed = row.result.evalDecision === 'allowed';
  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      <StatusIndicator type={allowed ? 'success' : 'error'}>{permission}</StatusIndicator>
      {row.result.evalDecision === 'implicitDeny' ? (
        <span>{detail}</span>
      ) : (
        <Button
          variant="inline-link"
          ariaLabel={`${detail} ${row.action} on ${row.resource}`}
          onClick={() => onShow(index)}
        >
          {detail}
        </Button>
      )}
    </SpaceBetween>
  );
}

export function ResultsTable(props: ResultsTableProps) {
  const { rows, running, onShowStatements } = props;
  return (
    <Table
      variant="container"
      header={
        <Header
          variant="h2"
          counter={`(${rows.length})`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={!props.canExport} onClick={props.onExport}>
                Export
              </Button>
              <Button
                variant="primary"
                loading={running}
                disabled={!props.canRun}
                onClick={props.onRun}
              >
                Run Simulation
              </Button>
            </SpaceBetween>
          }
        >
          Action Settings and Results
        </Header>
      }
      items={rows}
      trackBy={(row) => `${row.service}/${row.action}/${row.resource}`}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No actions selected</b>
          <Box variant="p" color="inherit">
            Select a service and actions to simulate.
          </Box>
        </Box>
      }
      columnDefinitions={[
        { id: 'service', header: 'Service', cell: (row) => row.service },
        { id: 'action', header: 'Action', cell: (row) => row.action },
        { id: 'type', header: 'Resource Type', cell: (row) => row.resourceType },
        { id: 'resource', header: 'Simulation Resource', cell: (row) => row.resource },
        {
          id: 'permission',
          header: 'Permission',
          cell: (row) => (
            <Permission row={row} index={rows.indexOf(row)} onShow={onShowStatements} />
          ),
        },
      ]}
    />
  );
}
