// IAM users > <name> > Create access key: "Access key best practices & alternatives" → "Set
// description tag" → "Retrieve access keys". The secret is shown on the last step only, once.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/paths';
import { useCreateAccessKey } from '@/queries/iam-credentials';
import type { NewAccessKey } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ACCESS_KEY_USE_CASES, descriptionError } from './access-key-use-cases';
import { downloadCsv } from '@/ui/download-csv';
import { UserDetailsHelp } from './users-help';
import { LabDataNote } from '@/ui/lab-data-note';

export function CreateAccessKeyPage() {
  const userName = useParams().userName ?? '';
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM users', path: paths.users() },
      { text: userName, path: paths.user(userName) },
      { text: 'Create access key', path: paths.createAccessKey(userName) },
    ],
    help: UserDetailsHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const create = useCreateAccessKey();
  const [step, setStep] = useState(0);
  const [useCase, setUseCase] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);
  const [triedStep1, setTriedStep1] = useState(false);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>();
  const [key, setKey] = useState<NewAccessKey>();
  const [shown, setShown] = useState(false);
  const chosen = ACCESS_KEY_USE_CASES.find((c) => c.value === useCase);
  const back = () => navigate(paths.user(userName, 'security_credentials'));

  async function onCreate() {
    setError(undefined);
    if (descriptionError(description)) return;
    try {
      setKey(await create.mutateAsync({ caller, userName, description: description.trim() }));
      setStep(2);
    } catch (err) {
      setError(err);
    }
  }

  function onNavigate(requested: number) {
    if (key) return; // The key exists: there is no going back to change it.
    if (step === 0 && requested === 1) {
      setTriedStep1(true);
      if (!useCase || !confirmed) return;
    }
    if (step === 1 && requested === 2) {
      void onCreate();
      return;
    }
    setStep(requested);
  }

  function onDone() {
    pushFlash({ type: 'success', header: `Access key ${key?.accessKeyId ?? ''} created.` });
    back();
  }

  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={(e) => onNavigate(e.detail.requestedStepIndex)}
      onCancel={key ? onDone : back}
      onSubmit={onDone}
      isLoadingNextStep={create.isPending}
      submitButtonText="Done"
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: step === 1 ? 'Create access key' : 'Next',
        optional: 'optional',
      }}
      secondaryActions={
        key ? (
          <Button
            iconName="download"
            onClick={() =>
              downloadCsv(`${userName}_accessKeys.csv`, [
                ['Access key ID', 'Secret access key'],
                [key.accessKeyId, key.secretAccessKey],
              ])
            }
          >
            Download .csv file
          </Button>
        ) : undefined
      }
      steps={[
        {
          title: 'Access key best practices & alternatives',
          description:
            'Avoid using long-term credentials like access keys to improve your security. Consider the following use cases and alternatives.',
          errorText:
            triedStep1 && (!useCase || !confirmed)
              ? 'Choose a use case and confirm that you understand the recommendation.'
              : undefined,
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">Use case</Header>}>
                <SpaceBetween size="m">
                  <RadioGroup
                    ariaLabel="Use case"
                    value={useCase ?? null}
                    onChange={(e) => setUseCase(e.detail.value)}
                    items={ACCESS_KEY_USE_CASES.map(({ value, label, description: d }) => ({
                      value,
                      label,
                      description: d,
                    }))}
                  />
                  {chosen?.alternative && (
                    <Alert type="info" header="Alternative recommended">
                      {chosen.alternative}
                    </Alert>
                  )}
                </SpaceBetween>
              </Container>
              <Container header={<Header variant="h2">Confirmation</Header>}>
                <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.detail.checked)}>
                  I understand the above recommendation and want to proceed to create an access key.
                </Checkbox>
              </Container>
            </SpaceBetween>
          ),
        },
        {
          title: 'Set description tag',
          isOptional: true,
          description:
            'The description for this access key will be attached to this user as a tag and shown alongside the access key.',
          content: (
            <SpaceBetween size="m">
              <Container header={<Header variant="h2">Description tag value</Header>}>
                <FormField
                  label="Description tag value"
                  description="Describe the purpose of this access key and where it will be used. A good description will help you rotate this access key confidently later."
                  constraintText="Maximum 256 characters. Allowed characters are letters, numbers, spaces representable in UTF-8, and: _ . : / = + - @"
                  errorText={descriptionError(description)}
                >
                  <Input
                    value={description}
                    ariaLabel="Description tag value"
                    onChange={(e) => setDescription(e.detail.value)}
                  />
                </FormField>
              </Container>
              {error ? <ApiErrorAlert error={error} header="Failed to create access key" /> : null}
            </SpaceBetween>
          ),
        },
        {
          title: 'Retrieve access keys',
          content: key ? (
            <SpaceBetween size="l">
              <Alert type="success" header="Access key created">
                This is the only time that the secret access key can be viewed or downloaded. You
                cannot recover it later. However, you can create a new access key any time.
              </Alert>
              <LabDataNote what="access key" />
              <Container header={<Header variant="h2">Access key</Header>}>
                <KeyValuePairs
                  columns={2}
                  items={[
                    {
                      label: 'Access key',
                      value: <Box data-testid="access-key-id">{key.accessKeyId}</Box>,
                    },
                    {
                      label: 'Secret access key',
                      value: (
                        <SpaceBetween direction="horizontal" size="xs">
                          <Box variant="code" data-testid="secret-access-key">
                            {shown ? key.secretAccessKey : '*'.repeat(16)}
                          </Box>
                          <Button variant="inline-link" onClick={() => setShown(!shown)}>
                            {shown ? 'Hide' : 'Show'}
                          </Button>
                        </SpaceBetween>
                      ),
                    },
                  ]}
                />
              </Container>
              <Container header={<Header variant="h2">Access key best practices</Header>}>
                <ul>
                  <li>
                    Never store your access key in plain text, in a code repository, or in code.
                  </li>
                  <li>Disable or delete access key when no longer needed.</li>
                  <li>Enable least-privilege permissions.</li>
                  <li>Rotate access keys regularly.</li>
                </ul>
              </Container>
            </SpaceBetween>
          ) : (
            <Box>Creating the access key…</Box>
          ),
        },
      ]}
    />
  );
}
