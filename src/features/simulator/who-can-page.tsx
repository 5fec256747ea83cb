// Tools > Who can: pick an action and a resource; every user and role the engine allows, through
// which policy and statement, and those explicitly denied. Read with GetAccountAuthorizationDetails.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Textarea from '@cloudscape-design/components/textarea';
import { useEffect, useState } from 'react';
import { paths } from '@/paths';
import { useWhoCan } from '@/queries/access-tools';
import type { WhoCanAnswer, WhoCanEntry } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { useServiceCatalog } from '@/ui/policy-editor/use-service-catalog';
import { RouteLink } from '@/ui/route-link';
import { documentText, policyOfStatement, PolicyText } from './policy-text';
import { WhoCanHelp } from './simulator-help';

const KIND_LABEL = { user: 'IAM user', role: 'Role', group: 'User group' } as const;

function principalHref(entry: WhoCanEntry): string {
  const { kind, name } = entry.principal;
  return kind === 'user'
    ? paths.user(name)
    : kind === 'role'
      ? paths.role(name)
      : paths.group(name);
}

interface Shown {
  entry: WhoCanEntry;
  index: number;
}

function AnswerTable(props: {
  title: string;
  entries: WhoCanEntry[];
  empty: string;
  onShow: (shown: Shown) => void;
}) {
  const rows = props.entries.flatMap((entry) =>
    entry.statements.map((statement, index) => ({ entry, statement, index })),
  );
  return (
    <Table
      variant="container"
      header={
        <Header variant="h2" counter={`(${props.entries.length})`}>
          {props.title}
        </Header>
      }
      items={rows}
      trackBy={(r) => `${r.entry.principal.arn}#${r.index}`}
      empty={<Box color="inherit">{props.empty}</Box>}
      columnDefinitions={[
        {
          id: 'principal',
          header: 'Principal',
          cell: (r) => <RouteLink to={principalHref(r.entry)}>{r.entry.principal.name}</RouteLink>,
        },
        { id: 'type', header: 'Type', cell: (r) => KIND_LABEL[r.entry.principal.kind] },
        { id: 'policy', header: 'Policy', cell: (r) => r.statement.policyName ?? '-' },
        { id: 'via', header: 'Attached via', cell: (r) => r.statement.attachedVia ?? '-' },
        {
          id: 'statement',
          header: 'Statement',
          cell: (r) => (
            <Button
              variant="inline-link"
              ariaLabel={`Show the statement for ${r.entry.principal.name} in ${r.statement.policyName ?? 'policy'}`}
              onClick={() => props.onShow({ entry: r.entry, index: r.index })}
            >
              {r.statement.sid ?? `Statement ${r.statement.statementIndex + 1}`}
            </Button>
          ),
        },
      ]}
    />
  );
}

export function WhoCanPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Who can', path: paths.whoCan() },
    ],
    help: WhoCanHelp,
    contentType: 'default',
  });
  const caller = useCaller();
  const catalog = useServiceCatalog();
  const whoCan = useWhoCan();
  const [service, setService] = useState('');
  const [action, setAction] = useState('');
  const [resource, setResource] = useState('*');
  const [resourcePolicy, setResourcePolicy] = useState('');
  const [answer, setAnswer] = useState<WhoCanAnswer>();
  const [shown, setShown] = useState<Shown>();
  const [error, setError] = useState<unknown>();
  useEffect(() => setAnswer(undefined), [action, resource, resourcePolicy]);

  const services = catalog?.servicePrefixes() ?? [];
  const actions = service && catalog ? catalog.actionsOf(service) : [];

  async function onFind() {
    setError(undefined);
    setShown(undefined);
    try {
      setAnswer(
        await whoCan.mutateAsync({
          caller,
          action,
          resource: resource.trim() || '*',
          ...(resourcePolicy.trim() && {
            resourcePolicy: { document: resourcePolicy, name: 'Resource policy', type: 'resource' },
          }),
        }),
      );
    } catch (err) {
      setError(err);
    }
  }

  const statement = shown?.entry.statements[shown.index];
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Every user and role that may perform an action on a resource, and the statement that decides it."
        >
          Who can
        </Header>
      }
    >
      <SpaceBetween size="l">
        <form onSubmit={(e) => e.preventDefault()}>
          <Form
            actions={
              <Button
                variant="primary"
                disabled={!action}
                loading={whoCan.isPending}
                onClick={() => void onFind()}
              >
                Find principals
              </Button>
            }
          >
            <Container>
              <SpaceBetween size="m">
                <ColumnLayout columns={2}>
                  <FormField label="Service">
                    <Select
                      ariaLabel="Service"
                      data-testid="who-can-service"
                      filteringType="auto"
                      placeholder="Choose a service"
                      statusType={catalog ? 'finished' : 'loading'}
                      selectedOption={
                        service
                          ? { value: service, label: catalog?.serviceName(service) ?? service }
                          : null
                      }
                      options={services.map((p) => ({
                        value: p,
                        label: catalog?.serviceName(p) ?? p,
                        description: p,
                      }))}
                      onChange={(e) => {
                        setService(e.detail.selectedOption.value ?? '');
                        setAction('');
                      }}
                    />
                  </FormField>
                  <FormField label="Action">
                    <Select
                      ariaLabel="Action"
                      data-testid="who-can-action"
                      filteringType="auto"
                      placeholder="Choose an action"
                      disabled={!service}
                      selectedOption={action ? { value: action, label: action } : null}
                      options={actions.map((a) => ({
                        value: `${a.service}:${a.name}`,
                        label: `${a.service}:${a.name}`,
                        description: a.accessLevel,
                      }))}
                      onChange={(e) => setAction(e.detail.selectedOption.value ?? '')}
                    />
                  </FormField>
                </ColumnLayout>
                <FormField
                  label="Resource"
                  description="An ARN, or * for actions with no resource."
                >
                  <Input
                    ariaLabel="Resource"
                    value={resource}
                    onChange={(e) => setResource(e.detail.value)}
                  />
                </FormField>
                <ExpandableSection headerText="Resource-based policy - optional">
                  <Textarea
                    ariaLabel="Resource-based policy"
                    rows={6}
                    value={resourcePolicy}
                    onChange={(e) => setResourcePolicy(e.detail.value)}
                  />
                </ExpandableSection>
              </SpaceBetween>
            </Container>
          </Form>
        </form>
        {error ? (
          <ApiErrorAlert error={error} header="Could not read the account's policies" />
        ) : null}
        {answer && (
          <>
            <AnswerTable
              title="Allowed"
              entries={answer.allowed}
              empty="No user or role is allowed this action on this resource."
              onShow={setShown}
            />
            <AnswerTable
              title="Explicitly denied"
              entries={answer.explicitlyDenied}
              empty="No user or role is explicitly denied."
              onShow={setShown}
            />
          </>
        )}
        {shown && statement && (
          <PolicyText
            title={`${statement.policyName ?? 'Policy'}: ${statement.effect} ${statement.sid ?? `statement ${statement.statementIndex + 1}`}`}
            description={`${shown.entry.principal.name} · ${statement.attachedVia ?? ''}`}
            document={documentText(policyOfStatement(shown.entry.request, statement))}
            {...(statement.span && { span: statement.span })}
          />
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
