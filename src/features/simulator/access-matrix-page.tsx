// Tools > Access matrix: principals × the chosen services' actions (grouped by access level), each
// cell the engine's decision, computed in a Web Worker with progress. A click explains the cell.
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import Pagination from '@cloudscape-design/components/pagination';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { evaluateRequest, loadServiceCatalog } from '@/iam';
import { paths } from '@/paths';
import { loadManagedPolicyIndex } from '@/queries/account-read';
import { authorizationDetailsQuery, principalRequest } from '@/queries/access-tools';
import { useCaller } from '@/state/acting-identity-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ExplanationPanel } from '@/ui/explanation-panel';
import { useServiceCatalog } from '@/ui/policy-editor/use-service-catalog';
import { DEFAULT_SERVICES } from './access-matrix-preload';
import { matrixColumns } from './matrix-columns';
import { DECISION_LABEL, MatrixGrid } from './matrix-grid';
import { AccessMatrixHelp } from './simulator-help';
import { rowPage } from './matrix-row-page';
import { markMatrix, useAccessMatrix } from './use-access-matrix';

const NO_PRINCIPAL = { value: '', label: 'None' };
// A lab may hold 6,000 principals: find one by typing, and draw only the options in view.
const LARGE_SELECT = { filteringType: 'auto', virtualScroll: true } as const;

// The default services' actions and the AWS managed policy index (the account read needs it) load
// with the page's module, before it renders: as early as the pointer on the link in the navigation.
void loadServiceCatalog({ services: DEFAULT_SERVICES }).catch(() => undefined);
void loadManagedPolicyIndex().catch(() => undefined);

export function AccessMatrixPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Access matrix', path: paths.accessMatrix() },
    ],
    help: AccessMatrixHelp,
  });
  const caller = useCaller();
  const catalog = useServiceCatalog();
  const details = useQuery(authorizationDetailsQuery(caller));
  const [services, setServices] = useState(DEFAULT_SERVICES);
  const [resource, setResource] = useState('');
  const [includeGroups, setIncludeGroups] = useState(false);
  const [principalFilter, setPrincipalFilter] = useState('');
  const [actionFilter, setActionFilter] = useState('');
  const [compareA, setCompareA] = useState('');
  const [compareB, setCompareB] = useState('');
  const [selected, setSelected] = useState<{ row: number; column: number }>();
  const [rowPageIndex, setRowPageIndex] = useState(0);
  const [, setLoaded] = useState(0);

  useEffect(() => {
    if (!catalog) return;
    let live = true;
    void catalog.loadServices(services).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [catalog, services]);

  const principals = useMemo(
    () =>
      (details.data?.principals ?? [])
        .map((p, index) => ({ p, index }))
        .filter(({ p }) => includeGroups || p.kind !== 'group'),
    [details.data, includeGroups],
  );
  const actions = useMemo(
    () => (catalog ? services.flatMap((s) => matrixColumns.actionsOf(catalog, s)) : []),
    [catalog, services],
  );
  // Rows computed and shown: the filter's page, or the two principals compared.
  const comparing = compareA !== '' && compareB !== '' && compareA !== compareB;
  const page = rowPage(
    principals.filter(({ p }) =>
      comparing
        ? p.arn === compareA || p.arn === compareB
        : p.name.toLowerCase().includes(principalFilter.toLowerCase()),
    ),
    rowPageIndex,
  );
  const shownRows = page.rows.map((x, row) => ({ ...x, row }));
  const matrix = useAccessMatrix(
    details.data,
    page.rows.map((x) => x.index),
    actions.map((a) => a.name),
    resource.trim() || '*',
  );

  const shownColumns = actions
    .map((a, index) => ({ a, index }))
    .filter(({ a, index }) => {
      if (!a.name.toLowerCase().includes(actionFilter.toLowerCase())) return false;
      if (!comparing) return true;
      const [first, second] = shownRows.map((r) => matrix?.rows[r.row]?.[index]);
      return first !== undefined && second !== undefined && first !== second;
    });
  const groups = matrixColumns.groups(shownColumns.map((c) => c.a));

  const cell = selected && {
    principal: shownRows[selected.row]?.p,
    action: shownColumns[selected.column]?.a.name,
  };
  const explanation = useMemo(() => {
    if (!details.data || !cell?.principal || !cell.action) return undefined;
    const request = principalRequest(
      details.data,
      cell.principal,
      cell.action,
      resource.trim() || '*',
    );
    return { request, evaluation: evaluateRequest(request) };
  }, [details.data, cell?.principal, cell?.action, resource]);

  const principalOptions = [
    NO_PRINCIPAL,
    ...principals.map(({ p }) => ({ value: p.arn, label: p.name, description: p.kind })),
  ];
  const pick = (value: string) => principalOptions.find((o) => o.value === value) ?? NO_PRINCIPAL;
  const serviceOptions = (catalog?.servicePrefixes() ?? []).map((p) => ({
    value: p,
    label: catalog?.serviceName(p) ?? p,
    description: p,
  }));
  const computing = matrix !== undefined && matrix.ms === undefined;

  useEffect(() => {
    if (details.data) markMatrix('details');
  }, [details.data]);
  // The grid draws in its own effect, which runs before this one; the mark follows the next paint.
  useEffect(() => {
    if (matrix?.ms === undefined) return;
    const frame = requestAnimationFrame(() => setTimeout(() => markMatrix('painted')));
    return () => cancelAnimationFrame(frame);
  }, [matrix]);

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Every user and role against every action of the chosen services, as the engine decides without request context."
        >
          Access matrix
        </Header>
      }
    >
      <SpaceBetween size="l">
        {details.isError && <ApiErrorAlert error={details.error} />}
        <Container header={<Header variant="h2">Settings</Header>}>
          <SpaceBetween size="m">
            <ColumnLayout columns={2}>
              <FormField label="Services">
                <Multiselect
                  ariaLabel="Services"
                  filteringType="auto"
                  statusType={catalog ? 'finished' : 'loading'}
                  selectedOptions={serviceOptions.filter((o) => services.includes(o.value))}
                  options={serviceOptions}
                  tokenLimit={4}
                  onChange={(e) => {
                    setSelected(undefined);
                    setServices(e.detail.selectedOptions.map((o) => o.value ?? ''));
                  }}
                />
              </FormField>
              <FormField
                label="Resource - optional"
                description="One ARN for every action; * when empty."
              >
                <Input
                  ariaLabel="Resource"
                  value={resource}
                  placeholder="*"
                  onChange={(e) => setResource(e.detail.value)}
                />
              </FormField>
              <FormField label="Filter principals">
                <Input
                  type="search"
                  ariaLabel="Filter principals"
                  value={principalFilter}
                  onChange={(e) => {
                    setSelected(undefined);
                    setRowPageIndex(0);
                    setPrincipalFilter(e.detail.value);
                  }}
                />
              </FormField>
              <FormField label="Filter actions">
                <Input
                  type="search"
                  ariaLabel="Filter actions"
                  value={actionFilter}
                  onChange={(e) => setActionFilter(e.detail.value)}
                />
              </FormField>
              <FormField label="Show only differences between">
                <SpaceBetween direction="horizontal" size="xs">
                  <Select
                    ariaLabel="First principal"
                    selectedOption={pick(compareA)}
                    options={principalOptions}
                    {...LARGE_SELECT}
                    onChange={(e) => {
                      setSelected(undefined);
                      setCompareA(e.detail.selectedOption.value ?? '');
                    }}
                  />
                  <Select
                    ariaLabel="Second principal"
                    selectedOption={pick(compareB)}
                    options={principalOptions}
                    {...LARGE_SELECT}
                    onChange={(e) => {
                      setSelected(undefined);
                      setCompareB(e.detail.selectedOption.value ?? '');
                    }}
                  />
                </SpaceBetween>
              </FormField>
              <Checkbox
                checked={includeGroups}
                onChange={(e) => setIncludeGroups(e.detail.checked)}
              >
                Include user groups (their own policies only)
              </Checkbox>
            </ColumnLayout>
          </SpaceBetween>
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              counter={`(${page.total} × ${shownColumns.length})`}
              description={
                <span>
                  <span className="matrix-legend" style={{ background: '#037f0c' }} />
                  {DECISION_LABEL.allowed}{' '}
                  <span className="matrix-legend" style={{ background: '#d91515' }} />
                  {DECISION_LABEL.explicitDeny}{' '}
                  <span className="matrix-legend" style={{ background: '#d1d5db' }} />
                  {DECISION_LABEL.implicitDeny}
                </span>
              }
            >
              Matrix
            </Header>
          }
        >
          {!matrix || details.isLoading ? (
            <Spinner />
          ) : (
            <SpaceBetween size="s">
              {computing ? (
                <ProgressBar
                  label="Computing access"
                  value={matrix.total ? (matrix.done / matrix.total) * 100 : 0}
                  additionalInfo={`${matrix.done} of ${matrix.total} principals`}
                />
              ) : (
                <Box variant="small" color="text-body-secondary">
                  {`${matrix.total} principals × ${actions.length} actions computed in ${Math.round(matrix.ms ?? 0)} ms.`}
                </Box>
              )}
              {page.pagesCount > 1 && (
                <SpaceBetween direction="horizontal" size="s" alignItems="center">
                  <Box variant="small">{`Principals ${page.first}–${page.last} of ${page.total}`}</Box>
                  <Pagination
                    currentPageIndex={page.pageIndex + 1}
                    pagesCount={page.pagesCount}
                    ariaLabels={{
                      nextPageLabel: 'Next principals',
                      previousPageLabel: 'Previous principals',
                      pageLabel: (n) => `Principals page ${n}`,
                    }}
                    onChange={(e) => {
                      setSelected(undefined);
                      setRowPageIndex(e.detail.currentPageIndex - 1);
                    }}
                  />
                </SpaceBetween>
              )}
              {comparing && !computing && shownColumns.length === 0 ? (
                <Box>These principals have the same access to every action shown.</Box>
              ) : (
                <MatrixGrid
                  rowLabels={shownRows.map((r) => r.p.name)}
                  rows={shownRows.map((r) => matrix.rows[r.row])}
                  columns={shownColumns.map((c) => c.index)}
                  columnLabels={shownColumns.map((c) => c.a.name)}
                  groups={groups}
                  {...(selected && { selected })}
                  onSelect={setSelected}
                />
              )}
            </SpaceBetween>
          )}
        </Container>
        {explanation && cell?.principal && (
          <Container
            header={
              <Header variant="h2" description={`on ${explanation.request.resource}`}>
                {`${cell.principal.name} → ${cell.action ?? ''}`}
              </Header>
            }
          >
            <ExplanationPanel evaluation={explanation.evaluation} request={explanation.request} />
          </Container>
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
