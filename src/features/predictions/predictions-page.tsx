// Lab > Predictions: predict mode's switch, the score, recent guesses and the misconceptions
// behind the wrong ones. A lab page, not an AWS one.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { useQuery } from '@tanstack/react-query';
import { MISCONCEPTION_TAGS } from '@/iam';
import { paths } from '@/paths';
import {
  predictionScoreQuery,
  usePredictMode,
  useResetPredictionScore,
  useSetPredictMode,
} from '@/queries/predictions';
import { useFlash } from '@/state/flash-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { MISCONCEPTION_TEXT } from './misconception-text';
import { PredictionsHelp } from './predictions-help';
import { RecentPredictionsTable } from './recent-predictions-table';

export function PredictionsPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'Lab', path: paths.scenarios() },
      { text: 'Predictions', path: paths.predictions() },
    ],
    help: PredictionsHelp,
  });
  const enabled = usePredictMode();
  const setMode = useSetPredictMode();
  const score = useQuery(predictionScoreQuery());
  const reset = useResetPredictionScore();
  const pushFlash = useFlash((s) => s.pushFlash);
  const data = score.data;
  const wrong = data ? data.total - data.correct : 0;

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          description="Predict what AWS will decide before each action you take, then see the decision explained. Lab — not affiliated with AWS."
          actions={
            <Button
              disabled={!data || data.total === 0}
              loading={reset.isPending}
              onClick={() =>
                reset.mutate(undefined, {
                  onSuccess: () => pushFlash({ type: 'success', header: 'Score reset.' }),
                })
              }
            >
              Reset score
            </Button>
          }
        >
          Predictions
        </Header>
      }
    >
      <SpaceBetween size="l">
        {score.error ? (
          <ApiErrorAlert error={score.error} header="Failed to load the predictions" />
        ) : null}
        <Container header={<Header variant="h2">Predict mode</Header>}>
          <SpaceBetween size="s">
            <Toggle
              checked={enabled}
              disabled={setMode.isPending}
              onChange={(event) => setMode.mutate(event.detail.checked)}
            >
              Ask for a prediction before each action
            </Toggle>
            <Box variant="small" color="text-body-secondary">
              Applies to the IAM, S3 and EC2 actions you take in the console and in CloudShell
              (creating, changing, deleting, starting and stopping), not to the lists the console
              reads in the background. Saved with this lab.
            </Box>
          </SpaceBetween>
        </Container>
        <Container header={<Header variant="h2">Score</Header>}>
          <KeyValuePairs
            columns={4}
            items={[
              { label: 'Predictions', value: String(data?.total ?? 0) },
              { label: 'Right', value: String(data?.correct ?? 0) },
              { label: 'Wrong', value: String(wrong) },
              {
                label: 'Right (%)',
                value:
                  data && data.total > 0
                    ? `${Math.round((100 * data.correct) / data.total)}%`
                    : '-',
              },
            ]}
          />
        </Container>
        <RecentPredictionsTable entries={data?.recent ?? []} loading={score.isPending} />
        <Container
          header={
            <Header variant="h2" description="The rules of policy evaluation behind wrong guesses.">
              Misconceptions
            </Header>
          }
        >
          <ColumnLayout columns={2} variant="text-grid">
            {MISCONCEPTION_TAGS.map((tag) => (
              <SpaceBetween key={tag} size="xxs">
                <Box variant="h3">{MISCONCEPTION_TEXT[tag].title}</Box>
                <Box variant="awsui-key-label">
                  Behind {data?.misconceptions[tag] ?? 0} wrong{' '}
                  {(data?.misconceptions[tag] ?? 0) === 1 ? 'guess' : 'guesses'}
                </Box>
                <Box variant="p">{MISCONCEPTION_TEXT[tag].explanation}</Box>
              </SpaceBetween>
            ))}
          </ColumnLayout>
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
