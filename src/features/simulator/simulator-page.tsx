// The IAM policy simulator (policysim.aws.amazon.com), in the console frame: Existing Policies (a
// user's, group's or role's, each included or left out) or New Policy (the Policy Sandbox), then
// services, actions, resources and context, and "Run Simulation". Settings live in the URL.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { useSimulateCustomPolicy, useSimulatePrincipalPolicy } from '@/queries/iam-simulator';
import type { SimulationPolicy, SimulationResult } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { downloadCsv } from '@/ui/download-csv';
import { useServiceCatalog } from '@/ui/policy-editor/use-service-catalog';
import { MatchedStatements } from './matched-statements';
import { PolicyText } from './policy-text';
import { PrincipalPane } from './principal-pane';
import { ResultsTable } from './results-table';
import { SandboxPane } from './sandbox-pane';
import { plannedRows, resultRows, resultsCsvRows } from './simulation-rows';
import { SimulationInputs } from './simulation-inputs';
import { readSettings, writeSettings, type SimulatorSettings } from './simulator-settings';
import { SimulatorHelp } from './simulator-help';

const MODES = [
  { value: 'existing', label: 'Existing Policies' },
  { value: 'new', label: 'New Policy' },
];

export function SimulatorPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Policy simulator', path: paths.policySimulator() },
    ],
    help: SimulatorHelp,
  });
  const caller = useCaller();
  const catalog = useServiceCatalog();
  const [search, setSearch] = useSearchParams();
  const settingsParam = search.get('sim');
  // The page's state answers at once; the URL follows it (and a changed URL, e.g. Back, wins).
  const [settings, setSettings] = useState(() => readSettings(settingsParam));
  useEffect(() => {
    if ((settingsParam ?? '{}') !== writeSettings(settings))
      setSettings(readSettings(settingsParam));
    // Only a URL change made elsewhere needs reading back.
  }, [settingsParam]);
  const [results, setResults] = useState<{ key: string; list: SimulationResult[] }>();
  const [selected, setSelected] = useState<number>();
  const [shownPolicy, setShownPolicy] = useState<SimulationPolicy>();
  const [error, setError] = useState<unknown>();
  const principal = useSimulatePrincipalPolicy();
  const custom = useSimulateCustomPolicy();
  const [, rerender] = useState(0);

  // Resource types come from the services' detail chunks.
  const servicesKey = settings.services.join(',');
  useEffect(() => {
    if (!catalog || !servicesKey) return;
    let live = true;
    void catalog.loadServices(servicesKey.split(',')).then(() => live && rerender((n) => n + 1));
    return () => {
      live = false;
    };
  }, [catalog, servicesKey]);

  function update(patch: Partial<SimulatorSettings>) {
    const nextSettings = { ...settings, ...patch };
    setSettings(nextSettings);
    const next = writeSettings(nextSettings);
    setSearch(next === '{}' ? {} : { sim: next }, { replace: true });
  }

  const key = writeSettings(settings);
  const stale = results !== undefined && results.key !== key;
  const rows =
    results && !stale
      ? resultRows(results.list, catalog)
      : plannedRows(settings.actions, settings.resources, catalog);
  const canRun =
    settings.actions.length > 0 &&
    (settings.mode === 'new' ? settings.policies.length > 0 : settings.principalName !== '');

  async function run() {
    setError(undefined);
    setSelected(undefined);
    const common = {
      caller,
      actionNames: settings.actions,
      resourceArns: settings.resources.filter((r) => r.trim()),
      contextEntries: settings.context,
      ...(settings.resourcePolicy.trim() && { resourcePolicy: settings.resourcePolicy }),
      ...(settings.resourceOwner && { resourceOwner: settings.resourceOwner }),
    };
    try {
      const list =
        settings.mode === 'new'
          ? await custom.mutateAsync({ ...common, policyInputList: settings.policies })
          : await principal.mutateAsync({
              ...common,
              principal: { kind: settings.principalKind, name: settings.principalName },
              excludedPolicyIds: settings.excluded,
              includeBoundary: settings.includeBoundary,
              includeScps: settings.includeScps,
            });
      setResults({ key, list });
    } catch (err) {
      setError(err);
    }
  }

  const missing = [
    ...new Set(results && !stale ? results.list.flatMap((r) => r.missingContextValues) : []),
  ];
  const selectedResult = selected !== undefined ? rows[selected]?.result : undefined;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Test and troubleshoot identity-based policies, permissions boundaries, Organizations SCPs and resource-based policies. Simulations change nothing."
        >
          IAM Policy Simulator
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container>
          <FormField label="Mode:">
            <Select
              ariaLabel="Mode"
              selectedOption={MODES.find((m) => m.value === settings.mode) ?? null}
              options={MODES}
              onChange={(e) =>
                update({ mode: e.detail.selectedOption.value === 'new' ? 'new' : 'existing' })
              }
            />
          </FormField>
        </Container>
        <Grid
          gridDefinition={[{ colspan: { default: 12, m: 4 } }, { colspan: { default: 12, m: 8 } }]}
        >
          {settings.mode === 'new' ? (
            <SandboxPane settings={settings} onChange={update} />
          ) : (
            <PrincipalPane settings={settings} onChange={update} onShowPolicy={setShownPolicy} />
          )}
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">Policy Simulator</Header>}>
              <SimulationInputs settings={settings} onChange={update} catalog={catalog} />
            </Container>
            {error ? <ApiErrorAlert error={error} header="The simulation failed" /> : null}
            {stale && (
              <Alert type="warning">
                You have changed policies. These results are no longer valid.
              </Alert>
            )}
            {missing.length > 0 && (
              <Alert type="warning" header="Missing context values">
                One or more policies require values in the simulation settings. The simulation might
                fail without these values: {missing.join(', ')}.
              </Alert>
            )}
            <ResultsTable
              rows={rows}
              running={principal.isPending || custom.isPending}
              canRun={canRun}
              canExport={results !== undefined && !stale}
              onRun={() => void run()}
              onExport={() => downloadCsv('simulation-results.csv', resultsCsvRows(rows))}
              onShowStatements={setSelected}
            />
            {selectedResult && <MatchedStatements result={selectedResult} />}
            {shownPolicy && (
              <PolicyText
                title={shownPolicy.policyName}
                description={`${shownPolicy.type}, ${shownPolicy.attachedVia}`}
                document={shownPolicy.document}
              />
            )}
            {!results && !error && (
              <Box color="text-body-secondary">
                Choose a principal or write policies, select actions, then choose Run Simulation.
              </Box>
            )}
          </SpaceBetween>
        </Grid>
      </SpaceBetween>
    </ContentLayout>
  );
}
