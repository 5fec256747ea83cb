// "Review permission changes": what a change would do to who can do what, before it is saved.
// Props in, events out: the page computes the diff (queries/permission-diff.ts).
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';

/** What the modal shows of a permission diff (the simulated AWS's PermissionDiff fits it). */
export interface AccessChange {
  action: string;
  resource: string;
}

export interface PrincipalDiff {
  kind: 'user' | 'group' | 'role';
  name: string;
  gains: AccessChange[];
  losses: AccessChange[];
}

export interface PermissionDiff {
  principals: PrincipalDiff[];
  summary: string;
  compared: number;
}

export interface PermissionDiffModalProps {
  diff?: PermissionDiff;
  error?: unknown;
  confirmText: string;
  onConfirm: () => void;
  onCancel: () => void;
}

function ChangeTable({ title, items }: { title: string; items: AccessChange[] }) {
  return (
    <Table
      variant="embedded"
      header={<Box variant="h4">{`${title} (${items.length})`}</Box>}
      items={items}
      trackBy={(c) => `${c.action} ${c.resource}`}
      columnDefinitions={[
        { id: 'action', header: 'Action', cell: (c) => c.action },
        { id: 'resource', header: 'Resource', cell: (c) => c.resource },
      ]}
    />
  );
}

function PrincipalSection({ principal }: { principal: PrincipalDiff }) {
  const kind = principal.kind === 'role' ? 'Role' : 'User';
  return (
    <ExpandableSection
      headerText={`${kind} ${principal.name}`}
      headerDescription={`Gains ${principal.gains.length}, loses ${principal.losses.length}`}
    >
      <SpaceBetween size="s">
        {principal.gains.length > 0 && <ChangeTable title="Gains" items={principal.gains} />}
        {principal.losses.length > 0 && <ChangeTable title="Loses" items={principal.losses} />}
      </SpaceBetween>
    </ExpandableSection>
  );
}

export function PermissionDiffModal(props: PermissionDiffModalProps) {
  const { diff, error, confirmText, onConfirm, onCancel } = props;
  return (
    <Modal
      visible
      size="large"
      header="Review permission changes"
      onDismiss={onCancel}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!diff && !error} onClick={onConfirm}>
              {confirmText}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {error ? (
        <Alert type="warning" header="The changes could not be worked out">
          {error instanceof Error ? error.message : String(error)} You can still save.
        </Alert>
      ) : !diff ? (
        <SpaceBetween direction="horizontal" size="xs">
          <Spinner />
          <span>Working out who gains or loses access…</span>
        </SpaceBetween>
      ) : (
        <SpaceBetween size="m">
          <Alert type={diff.principals.length > 0 ? 'info' : 'success'}>
            <span data-testid="permission-diff-summary">{diff.summary}</span>
          </Alert>
          {diff.principals.map((p) => (
            <PrincipalSection key={`${p.kind}/${p.name}`} principal={p} />
          ))}
          <Box variant="small" color="text-body-secondary">
            {`Compared ${diff.compared} requests, before and after, on the actions the changed policies name and the lab's resources, with no request context.`}
          </Box>
        </SpaceBetween>
      )}
    </Modal>
  );
}
