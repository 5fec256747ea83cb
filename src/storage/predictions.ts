// Predict mode's records in the labSettings store: the switch and the score. They are the learner's
// own lab settings, not account changes, so they are written directly: no change record, and Undo
// and the timeline never step over them.

import type { LabReadTx, LabWriteTx } from './schema';
import type { PredictModeRecord, PredictionScoreRecord } from './types';

const MODE_KEY = 'predict-mode';
const SCORE_KEY = 'prediction-score';

/** The switch, if the learner ever set it (absent: off). */
export async function readPredictMode(tx: LabReadTx): Promise<PredictModeRecord | undefined> {
  const record = await tx.objectStore('labSettings').get(MODE_KEY);
  return record?.key === MODE_KEY ? record : undefined;
}

export async function writePredictMode(tx: LabWriteTx, record: PredictModeRecord): Promise<void> {
  await tx.objectStore('labSettings').put(record);
}

/** The score, if the learner ever predicted (or reset it). */
export async function readPredictionScore(
  tx: LabReadTx,
): Promise<PredictionScoreRecord | undefined> {
  const record = await tx.objectStore('labSettings').get(SCORE_KEY);
  return record?.key === SCORE_KEY ? record : undefined;
}

export async function writePredictionScore(
  tx: LabWriteTx,
  record: PredictionScoreRecord,
): Promise<void> {
  await tx.objectStore('labSettings').put(record);
}
