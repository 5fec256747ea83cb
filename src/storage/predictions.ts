// Predict mode's records in the labSettings store: the switch and the score. They are the learner's
// own lab settings, not account changes, so they are written directly: no change record, and Undo
// and the timeline never step over them.

import { readLabSetting, writeLabSetting } from './lab-settings';
import type { LabReadTx, LabWriteTx } from './schema';
import type { PredictModeRecord, PredictionScoreRecord } from './types';

const MODE_KEY = 'predict-mode' as const;
const SCORE_KEY = 'prediction-score' as const;

/** The switch, if the learner ever set it (absent: off). */
export async function readPredictMode(tx: LabReadTx): Promise<PredictModeRecord | undefined> {
  return readLabSetting(tx, MODE_KEY);
}

export function writePredictMode(tx: LabWriteTx, record: PredictModeRecord): Promise<void> {
  return writeLabSetting(tx, record);
}

/** The score, if the learner ever predicted (or reset it). */
export async function readPredictionScore(
  tx: LabReadTx,
): Promise<PredictionScoreRecord | undefined> {
  return readLabSetting(tx, SCORE_KEY);
}

export function writePredictionScore(tx: LabWriteTx, record: PredictionScoreRecord): Promise<void> {
  return writeLabSetting(tx, record);
}
