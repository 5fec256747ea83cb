// Changes made in the other tabs of this browser, as the data layer hears of them.

export { onOtherTabChange, type LabChangeMessage } from '@/storage/tab-sync';
export { currentLab } from '@/storage/db';
