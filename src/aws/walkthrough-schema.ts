// The walkthrough format lives in storage (lab files validate it); the aws layer passes it on.
export * from '@/storage/walkthrough-schema';
