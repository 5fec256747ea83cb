// Predict-then-reveal: the score page's data, and the console's question and reveal.

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getPredictionScore, resetPredictionScore } from '@/aws/predictions';

export {
  PREDICTION_HISTORY_SIZE,
  setPredictionGate,
  type PredictionEntry,
  type PredictionGate,
  type PredictionQuestion,
  type PredictionReveal,
  type PredictionScoreRecord,
  type UnjudgedAction,
} from '@/aws/predictions';
export { predictModeQuery, usePredictMode, useSetPredictMode } from './predict-mode';

export const predictionScoreQuery = () =>
  queryOptions({ queryKey: ['lab', 'prediction-score'], queryFn: () => getPredictionScore() });

/** "Reset score". */
export function useResetPredictionScore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => resetPredictionScore(),
    onSuccess: () => client.invalidateQueries({ queryKey: ['lab', 'prediction-score'] }),
  });
}
