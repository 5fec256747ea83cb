// "Copy share link": the link to the current lab as a scenario, or why there is none (too long).
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';

export interface ShareLinkModalProps {
  link?: string;
  error?: unknown;
  onExportFile: () => void;
  onDismiss: () => void;
}

export function ShareLinkModal({ link, error, onExportFile, onDismiss }: ShareLinkModalProps) {
  return (
    <Modal
      visible
      header="Share link"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <Button variant="primary" onClick={onDismiss}>
            Close
          </Button>
        </Box>
      }
    >
      {link ? (
        <SpaceBetween size="m">
          {[
            <Box key="about" variant="p">
              The link holds the current lab as a scenario (its resources, without the history).
              Whoever opens it gets a preview first, then a copy of their own. Nothing is uploaded.
            </Box>,
            <FormField key="link" label="Link" constraintText={`${link.length} characters`}>
              <Textarea value={link} readOnly rows={4} ariaLabel="Share link" />
            </FormField>,
            <CopyToClipboard
              key="copy"
              variant="button"
              textToCopy={link}
              copyButtonText="Copy link"
              copySuccessText="Link copied"
              copyErrorText="The link could not be copied"
            />,
          ]}
        </SpaceBetween>
      ) : (
        <Alert
          type="error"
          header="No share link"
          action={<Button onClick={onExportFile}>Export lab</Button>}
        >
          {error instanceof Error ? error.message : String(error)}
        </Alert>
      )}
    </Modal>
  );
}
