// Create or edit an inline policy, as the console does: "Specify permissions" (the JSON editor with
// its findings) → "Review and create" (the name). AWS's errors come back in place, text kept.
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import type { PolicyPurpose } from '@/iam';
import { ApiErrorAlert } from './api-error-alert';
import {
  PolicyDocumentEditor,
  type PolicyEditorMode,
} from './policy-editor/policy-document-editor';

/** The JSON editor's starting document, as AWS's console offers it. */
export const NEW_POLICY_DOCUMENT = `{
\t"Version": "2012-10-17",
\t"Statement": [
\t\t{
\t\t\t"Sid": "Statement1",
\t\t\t"Effect": "Allow",
\t\t\t"Action": [],
\t\t\t"Resource": []
\t\t}
\t]
}`;

export interface InlinePolicyWizardProps {
  /** "user", "group" or "role": worded into the page. */
  identityKind: 'user' | 'group' | 'role';
  identityName: string;
  /** Set when editing: the name is fixed. */
  editingName?: string;
  initialDocument: string;
  /** The identity's inline policy names: a new one must differ. */
  existingNames: readonly string[];
  purpose: PolicyPurpose;
  onSave: (policyName: string, document: string) => Promise<void>;
  onCancel: () => void;
}

const POLICY_NAME = /^[\w+=,.@-]+$/;
const DOCUMENT_ERRORS = new Set(['MalformedPolicyDocument', 'LimitExceeded']);
const NAME_ERRORS = new Set(['ValidationError', 'EntityAlreadyExists']);

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

export function InlinePolicyWizard(props: InlinePolicyWizardProps) {
  const [document, setDocument] = useState(props.initialDocument);
  const [name, setName] = useState(props.editingName ?? '');
  const [step, setStep] = useState(0);
  // The wizard unmounts a step it leaves; coming back opens the editor the learner was using.
  const [editorMode, setEditorMode] = useState<PolicyEditorMode>('visual');
  const [documentError, setDocumentError] = useState<string>();
  const [nameError, setNameError] = useState<string>();
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const editing = props.editingName !== undefined;

  function checkName(): string | undefined {
    if (editing) return undefined;
    if (!name) return 'Enter a policy name.';
    if (name.length > 128 || !POLICY_NAME.test(name)) {
      return "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.";
    }
    if (props.existingNames.some((n) => n.toLowerCase() === name.toLowerCase())) {
      return `A policy named ${name} already exists for this ${props.identityKind}. Choose a different name.`;
    }
    return undefined;
  }

  async function onSubmit() {
    const error = checkName();
    setNameError(error);
    if (error) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await props.onSave(name, document);
    } catch (err) {
      const code = errorCode(err);
      const message = err instanceof Error ? err.message : String(err);
      // The document's errors belong beside the editor: go back there, keeping the text.
      if (code && DOCUMENT_ERRORS.has(code)) {
        setDocumentError(`${code}: ${message}`);
        setStep(0);
      } else if (code && NAME_ERRORS.has(code)) {
        setNameError(message);
      } else {
        setSaveError(err);
      }
    }
    setSaving(false);
  }

  return (
    <Wizard
      activeStepIndex={step}
      isLoadingNextStep={saving}
      submitButtonText={editing ? 'Save changes' : 'Create policy'}
      onCancel={props.onCancel}
      onSubmit={() => void onSubmit()}
      onNavigate={(e) => setStep(e.detail.requestedStepIndex)}
      steps={[
        {
          title: editing ? `Modify permissions in ${props.editingName}` : 'Specify permissions',
          description:
            'Add permissions by selecting services, actions, resources, and conditions. Build permission statements using the JSON editor.',
          content: (
            <PolicyDocumentEditor
              defaultMode={editorMode}
              onModeChange={setEditorMode}
              alert={
                documentError && (
                  <Alert type="error" header="The policy could not be saved">
                    {documentError}
                  </Alert>
                )
              }
              value={document}
              onChange={(text) => {
                setDocument(text);
                setDocumentError(undefined);
              }}
              options={{
                kind: 'identity',
                purpose: props.purpose,
                identityName: props.identityName,
              }}
            />
          ),
        },
        {
          title: editing ? 'Review and save' : 'Review and create',
          description: 'Review the permissions, specify details, and tags.',
          content: (
            <SpaceBetween size="l">
              {saveError ? (
                <ApiErrorAlert error={saveError} header="Failed to save the policy" />
              ) : null}
              <Container header={<Header variant="h2">Policy details</Header>}>
                {editing ? (
                  <KeyValuePairs items={[{ label: 'Policy name', value: props.editingName }]} />
                ) : (
                  <FormField
                    label="Policy name"
                    description="Enter a meaningful name to identify this policy."
                    constraintText="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
                    errorText={nameError}
                  >
                    <Input
                      value={name}
                      ariaLabel="Policy name"
                      onChange={(e) => {
                        setName(e.detail.value);
                        setNameError(undefined);
                      }}
                    />
                  </FormField>
                )}
              </Container>
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
