export { AcceptanceTab } from './components/acceptance-tab';
export { FailureReviewTab } from './components/failure-review-tab';
export { IntegrityRecords } from './components/integrity-records';
export { PayoutsTab } from './components/payouts-tab';
export { useOutcomesT } from './use-outcomes-t';
