export { AcceptanceDetail } from './components/acceptance-detail';
export { AcceptanceTab } from './components/acceptance-tab';
export { FailureReviewTab } from './components/failure-review-tab';
export { IntegrityRecords } from './components/integrity-records';
export { PayoutsTab } from './components/payouts-tab';
export { TesterWorklist } from './components/tester-worklist';
export { useTesterAcceptances } from './api/acceptance';
export { useOutcomesT } from './use-outcomes-t';
