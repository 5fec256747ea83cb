// The console's two-step customer managed policy editor: "Specify permissions" (the Visual | JSON
// policy editor and its validation pane; IAM's grammar errors block Next) → "Review and create"
// (name, description, summary, tags) or, for an edit, "Review and save". AWS's errors come back in
// place, text kept.
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor from '@cloudscape-design/components/tag-editor';
import Textarea from '@cloudscape-design/components/textarea';
import Wizard from '@cloudscape-design/components/wizard';
import { useCallback, useState } from 'react';
import { isAwsError } from '@/queries/types';
import type { Tag } from '@/queries/types';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import {
  PolicyDocumentEditor,
  type PolicyEditorMode,
} from '@/ui/policy-editor/policy-document-editor';
import type { PolicyAnalysis } from '@/ui/policy-editor/analyze-policy';
import { PolicySummary } from './policy-summary';

export interface PolicyDetailsInput {
  policyName: string;
  description: string;
  tags: Tag[];
  /** Edits only: "Set this new version as the default." */
  setAsDefault: boolean;
}

export interface ManagedPolicyWizardProps {
  initialDocument: string;
  /** Set when editing: name and description are shown, not asked. */
  editing?: { policyName: string; description: string };
  onSave: (document: string, details: PolicyDetailsInput) => Promise<void>;
  onCancel: () => void;
}

const POLICY_NAME = /^[\w+=,.@-]+$/;
const NAME_HINT = "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.";

function isDocumentError(error: unknown): boolean {
  if (!isAwsError(error)) return false;
  return (
    error.code === 'MalformedPolicyDocument' ||
    (error.code === 'LimitExceeded' && error.message.includes('PolicySize'))
  );
}

export function ManagedPolicyWizard(props: ManagedPolicyWizardProps) {
  const { editing } = props;
  const [document, setDocument] = useState(props.initialDocument);
  const [blocking, setBlocking] = useState(false);
  const [step, setStep] = useState(0);
  // The wizard unmounts a step it leaves; coming back opens the editor the learner was using.
  const [editorMode, setEditorMode] = useState<PolicyEditorMode>('visual');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState<Tag[]>([]);
  const [setAsDefault, setSetAsDefault] = useState(true);
  const [nextError, setNextError] = useState<string>();
  const [nameError, setNameError] = useState<string>();
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const onAnalysis = useCallback((analysis: PolicyAnalysis) => {
    setBlocking(analysis.blocking);
    if (!analysis.blocking) setNextError(undefined);
  }, []);

  function checkName(): string | undefined {
    if (editing) return undefined;
    if (!name) return 'Enter a policy name.';
    if (name.length > 128 || !POLICY_NAME.test(name)) return NAME_HINT;
    return undefined;
  }

  async function onSubmit() {
    const error = checkName();
    setNameError(error);
    if (error) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await props.onSave(document, {
        policyName: editing?.policyName ?? name,
        description: editing?.description ?? description,
        tags,
        setAsDefault,
      });
    } catch (err) {
      if (isDocumentError(err) && isAwsError(err)) {
        setNextError(`${err.code}: ${err.message}`);
        setStep(0);
      } else if (
        isAwsError(err) &&
        (err.code === 'EntityAlreadyExists' || err.code === 'ValidationError')
      ) {
        setNameError(err.message);
      } else {
        setSaveError(err);
      }
    }
    setSaving(false);
  }

  const detailsFields = editing ? (
    <SpaceBetween size="m">
      <KeyValuePairs
        columns={2}
        items={[
          { label: 'Policy name', value: editing.policyName },
          { label: 'Description', value: editing.description || '-' },
        ]}
      />
      <Checkbox
        checked={setAsDefault}
        onChange={(e) => setSetAsDefault(e.detail.checked)}
        description="The default version is the one in effect for every user, user group and role the policy is attached to."
      >
        Set this new version as the default.
      </Checkbox>
    </SpaceBetween>
  ) : (
    <SpaceBetween size="m">
      <FormField
        label="Policy name"
        description="Enter a meaningful name to identify this policy."
        constraintText={NAME_HINT}
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
      <FormField
        label={
          <span>
            Description - <i>optional</i>
          </span>
        }
        description="Add a short explanation for this policy."
        constraintText="Maximum 1,000 characters. Use alphanumeric and '+=,.@-_' characters."
        errorText={description.length > 1000 ? 'The description is too long.' : undefined}
      >
        <Textarea
          value={description}
          ariaLabel="Description"
          onChange={(e) => setDescription(e.detail.value)}
        />
      </FormField>
    </SpaceBetween>
  );

  return (
    <Wizard
      activeStepIndex={step}
      isLoadingNextStep={saving}
      submitButtonText={editing ? 'Save changes' : 'Create policy'}
      onCancel={props.onCancel}
      onSubmit={() => void onSubmit()}
      onNavigate={(e) => {
        if (e.detail.requestedStepIndex > step && blocking) {
          setNextError('Fix the errors in the policy before you continue.');
          return;
        }
        setStep(e.detail.requestedStepIndex);
      }}
      steps={[
        {
          title: editing ? `Modify permissions in ${editing.policyName}` : 'Specify permissions',
          description:
            'Add permissions by selecting services, actions, resources, and conditions. Build permission statements using the JSON editor.',
          errorText: nextError,
          content: (
            <PolicyDocumentEditor
              defaultMode={editorMode}
              onModeChange={setEditorMode}
              value={document}
              onChange={setDocument}
              options={{ kind: 'identity', purpose: 'managed' }}
              onAnalysis={onAnalysis}
            />
          ),
        },
        {
          title: editing ? 'Review and save' : 'Review and create',
          description: editing
            ? 'Review the permissions in this policy before you save your changes.'
            : 'Review the permissions, specify details, and tags.',
          content: (
            <SpaceBetween size="l">
              {saveError ? (
                <ApiErrorAlert
                  error={saveError}
                  header={editing ? 'Failed to save the policy' : 'Failed to create the policy'}
                />
              ) : null}
              <Container header={<Header variant="h2">Policy details</Header>}>
                {detailsFields}
              </Container>
              <Container
                header={
                  <Header
                    variant="h2"
                    description="Permissions defined in this policy document specify which actions are allowed or denied. To define permissions for an IAM identity (user, user group, or role), attach a policy to it."
                    actions={<Button onClick={() => setStep(0)}>Edit</Button>}
                  >
                    Permissions defined in this policy
                  </Header>
                }
              >
                <PolicySummary document={document} />
              </Container>
              {editing ? null : (
                <Container
                  header={
                    <Header
                      variant="h2"
                      description="Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources."
                    >
                      Add tags - optional
                    </Header>
                  }
                >
                  <TagEditor
                    tags={tags.map((t) => ({ key: t.Key, value: t.Value, existing: false }))}
                    tagLimit={50}
                    onChange={(e) =>
                      setTags(
                        e.detail.tags
                          .filter((t) => !('markedForRemoval' in t && t.markedForRemoval))
                          .map((t) => ({ Key: t.key ?? '', Value: t.value ?? '' })),
                      )
                    }
                  />
                </Container>
              )}
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
