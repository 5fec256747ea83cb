// Lab > Scenarios: load a built-in scenario, start its guided walkthrough, or reset the lab. Each
// replaces everything in the lab, so each asks first; afterwards the tab acts as the root user.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Cards from '@cloudscape-design/components/cards';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import { labInfoQuery, scenarios, useLoadScenario, useResetLab } from '@/queries/lab';
import type { Scenario } from '@/queries/types';
import {
  labWalkthroughQuery,
  useStartWalkthrough,
  walkthroughs,
  type Walkthrough,
} from '@/queries/walkthroughs';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ConfirmModal } from '@/ui/confirm-modal';

export function ScenariosPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Scenarios', path: paths.scenarios() },
    ],
  });
  const labInfo = useQuery(labInfoQuery());
  const loadScenario = useLoadScenario();
  const resetLab = useResetLab();
  const switchBack = useActingIdentity((s) => s.switchBack);
  const pushFlash = useFlash((s) => s.pushFlash);
  const [loading, setLoading] = useState<Scenario>();
  const [resetting, setResetting] = useState(false);
  const [starting, setStarting] = useState<Walkthrough>();
  const startWalkthrough = useStartWalkthrough();
  const labWalkthrough = useQuery(labWalkthroughQuery()).data;

  // Each runs from its confirmation, which keeps AWS's error in place when it fails.
  async function onLoad(scenario: Scenario) {
    await loadScenario.mutateAsync({ scenarioId: scenario.id });
    switchBack();
    pushFlash({ type: 'success', header: `Scenario "${scenario.name}" loaded.` });
  }

  async function onStart(walkthrough: Walkthrough) {
    await startWalkthrough.mutateAsync({ walkthroughId: walkthrough.id });
    switchBack();
    pushFlash({
      type: 'success',
      header: `Walkthrough "${walkthrough.title}" started.`,
      content: 'Follow its steps in the walkthrough panel beside the console.',
    });
  }

  async function onReset() {
    await resetLab.mutateAsync();
    switchBack();
    pushFlash({
      type: 'success',
      header: 'Lab reset. Only the root user and the service-linked roles remain.',
    });
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Lab — not affiliated with AWS. Load a prepared account, or start over from a blank one. Everything stays in this browser."
        >
          Scenarios
        </Header>
      }
    >
      <SpaceBetween size="l">
        {labWalkthrough && (
          <Container
            header={
              <Header
                variant="h2"
                description="This lab came from a scenario file or a share link with a walkthrough of its own. It runs on the lab as it is now."
              >
                This lab's walkthrough
              </Header>
            }
          >
            <SpaceBetween size="s">
              <Box variant="h3">{labWalkthrough.title}</Box>
              <Box variant="p">{labWalkthrough.intro}</Box>
              <Button
                onClick={() => setStarting(labWalkthrough)}
                ariaLabel={`Start walkthrough ${labWalkthrough.title}`}
              >
                Start walkthrough
              </Button>
            </SpaceBetween>
          </Container>
        )}
        <Cards<Scenario>
          items={[...scenarios]}
          trackBy="id"
          cardDefinition={{
            header: (s) => s.name,
            sections: [
              { id: 'description', content: (s) => s.description },
              {
                id: 'walkthrough',
                header: 'Walkthrough',
                content: (s) => {
                  const walkthrough = walkthroughs.find((w) => w.scenarioId === s.id);
                  return walkthrough ? (
                    <SpaceBetween size="xs">
                      <Box>{walkthrough.title}</Box>
                      <Button
                        onClick={() => setStarting(walkthrough)}
                        ariaLabel={`Start walkthrough ${walkthrough.title}`}
                      >
                        Start walkthrough
                      </Button>
                    </SpaceBetween>
                  ) : (
                    '-'
                  );
                },
              },
              {
                id: 'actions',
                content: (s) => (
                  <SpaceBetween direction="horizontal" size="s" alignItems="center">
                    <Button onClick={() => setLoading(s)} ariaLabel={`Load ${s.name}`}>
                      Load scenario
                    </Button>
                    {labInfo.data?.scenarioId === s.id && (
                      <StatusIndicator type="success">Loaded</StatusIndicator>
                    )}
                  </SpaceBetween>
                ),
              },
            ],
          }}
          header={<Header variant="h2">Built-in scenarios</Header>}
        />
        <Container header={<Header variant="h2">Reset lab</Header>}>
          <SpaceBetween size="s">
            <Box variant="p">
              Empties the lab: only the root user and the two service-linked roles remain.
            </Box>
            <Button onClick={() => setResetting(true)}>Reset lab</Button>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
      {loading && (
        <ConfirmModal
          header={`Load scenario "${loading.name}"?`}
          confirmLabel="Load scenario"
          errorHeader="The scenario could not be loaded"
          onConfirm={() => onLoad(loading)}
          onDismiss={() => setLoading(undefined)}
        >
          <Box variant="p">
            Loading a scenario replaces everything in the lab: users, groups, policies, buckets and
            instances. This tab switches back to the root user.
          </Box>
        </ConfirmModal>
      )}
      {starting && (
        <ConfirmModal
          header={`Start walkthrough "${starting.title}"?`}
          confirmLabel="Start walkthrough"
          errorHeader="The walkthrough could not be started"
          onConfirm={() => onStart(starting)}
          onDismiss={() => setStarting(undefined)}
        >
          <Box variant="p">
            {starting.id === labWalkthrough?.id
              ? 'The walkthrough starts on the lab as it is now; its steps check what you do next. This tab switches back to the root user.'
              : 'The walkthrough loads its scenario, which replaces everything in the lab. This tab switches back to the root user.'}
          </Box>
        </ConfirmModal>
      )}
      {resetting && (
        <ConfirmModal
          header="Reset lab?"
          confirmLabel="Reset lab"
          errorHeader="The lab could not be reset"
          onConfirm={onReset}
          onDismiss={() => setResetting(false)}
        >
          <Box variant="p">
            Everything you created in this lab is deleted. This action cannot be undone.
          </Box>
        </ConfirmModal>
      )}
    </ContentLayout>
  );
}
