// The one lab account every lab holds.

export const LAB_ACCOUNT_ID = '123456789012';
export const LAB_REGION = 'us-east-1';
export const ROOT_ARN = `arn:aws:iam::${LAB_ACCOUNT_ID}:root`;
/** The principal named in change records written by the lab itself (resets, scenarios). */
export const LAB_PRINCIPAL = 'lab';
