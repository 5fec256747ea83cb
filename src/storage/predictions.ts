// Predict mode's records in the labSettings store: the switch and the score.

import { putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { PredictModeRecord, PredictionScoreRecord } from './types';

const MODE_KEY = 'predict-mode';
const SCORE_KEY = 'prediction-score';

/** The switch, if the learner ever set it (absent: off). */
export async function readPredictMode(tx: LabReadTx): Promise<PredictModeRecord | undefined> {
  const record = await tx.objectStore('labSettings').get(MODE_KEY);
  return record?.key === MODE_KEY ? record : undefined;
}

export function writePredictMode(
  tx: LabWriteTx,
  record: PredictModeRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'labSettings', record, meta);
}

/** The score, if the learner ever predicted (or reset it). */
export async function readPredictionScore(
  tx: LabReadTx,
): Promise<PredictionScoreRecord | undefined> {
  const record = await tx.objectStore('labSettings').get(SCORE_KEY);
  return record?.key === SCORE_KEY ? record : undefined;
}

export function writePredictionScore(
  tx: LabWriteTx,
  record: PredictionScoreRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'labSettings', record, meta);
}
