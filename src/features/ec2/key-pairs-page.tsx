// EC2 > Key pairs: the Region's key pairs (DescribeKeyPairs), "Create key pair" and "Delete"
// (DeleteKeyPair on the key pair's ARN).
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { keyPairsQuery, useDeleteKeyPair, type KeyPair } from '@/queries/ec2';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { deniedCallOf } from '@/ui/denial-alert';
import { CreateKeyPairModal } from './create-key-pair-modal';
import { Ec2DenialDetails } from './decode-message-modal';
import { formatLaunchTime } from './ec2-format';
import { KeyPairsHelp } from './ec2-help';
import { ec2Paths } from './ec2-paths';
import { InstanceListError } from './instance-list-error';
import { useEc2Region } from './use-ec2-region';

export function KeyPairsPage() {
  const caller = useCaller();
  const region = useEc2Region();
  const pushFlash = useFlash((s) => s.pushFlash);
  const keyPairs = useQuery(keyPairsQuery(caller, region.code));
  const remove = useDeleteKeyPair();
  const [selected, setSelected] = useState<KeyPair[]>([]);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  usePageChrome({
    breadcrumbs: [
      { text: 'EC2', path: ec2Paths.instances() },
      { text: 'Key pairs', path: ec2Paths.keyPairs() },
    ],
    help: KeyPairsHelp,
    contentType: 'table',
  });
  const { items, collectionProps, filterProps } = useCollection(keyPairs.data ?? [], {
    filtering: {
      filteringFunction: (k, text) => k.keyName.includes(text) || k.keyPairId.includes(text),
      empty: keyPairs.error ? (
        <InstanceListError error={keyPairs.error} denied={deniedCallOf(keyPairs.error)} />
      ) : (
        <Box textAlign="center" color="inherit">
          <b>No key pairs</b>
          <Box variant="p" color="inherit">
            You do not have any key pairs in this region
          </Box>
        </Box>
      ),
    },
    sorting: {},
  });
  const target = selected[0];
  const total = keyPairs.data?.length ?? 0;

  return (
    <>
      <Table
        {...collectionProps}
        items={items}
        loading={keyPairs.isPending && !keyPairs.error}
        loadingText="Loading key pairs"
        trackBy="keyName"
        variant="full-page"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Key pairs',
          itemSelectionLabel: (_s, k) => `Select key pair ${k.keyName}`,
          selectionGroupLabel: 'Key pair selection',
        }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={target ? `(1/${total})` : `(${total})`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh key pairs"
                  onClick={() => void keyPairs.refetch()}
                />
                <Button disabled={!target} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => setCreating(true)}>
                  Create key pair
                </Button>
              </SpaceBetween>
            }
          >
            Key pairs
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Find key pair by attribute or tag"
            filteringAriaLabel="Find key pair"
          />
        }
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (k) => k.keyName, isRowHeader: true },
          { id: 'type', header: 'Type', cell: (k) => k.keyType },
          { id: 'created', header: 'Created', cell: (k) => formatLaunchTime(k.createTime) },
          { id: 'fingerprint', header: 'Fingerprint', cell: (k) => k.keyFingerprint },
          { id: 'id', header: 'ID', cell: (k) => k.keyPairId },
        ]}
      />
      {creating && (
        <CreateKeyPairModal
          region={region.code}
          onDismiss={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            pushFlash({ type: 'success', header: `Successfully created key pair ${name}` });
          }}
        />
      )}
      {deleting && target && (
        <DeleteConfirmationModal
          header={`Delete ${target.keyName}?`}
          confirmationText="Delete"
          instruction="To confirm deletion, type Delete in the field."
          deleteLabel="Delete"
          loading={remove.isPending}
          error={(() => {
            const denied = deniedCallOf(remove.error);
            return denied ? <Ec2DenialDetails error={denied} /> : remove.error?.message;
          })()}
          onDismiss={() => setDeleting(false)}
          onDelete={() =>
            remove.mutate(
              { caller, keyName: target.keyName, region: region.code },
              {
                onSuccess: () => {
                  setDeleting(false);
                  setSelected([]);
                  pushFlash({
                    type: 'success',
                    header: `Successfully deleted key pair ${target.keyName}`,
                  });
                },
              },
            )
          }
        >
          Deleting a key pair removes its public key from EC2. Instances launched with it keep the
          key, but you can no longer launch new instances with it.
        </DeleteConfirmationModal>
      )}
    </>
  );
}
