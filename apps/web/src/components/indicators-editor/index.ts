export { IndicatorsEditor, indicatorIssues, emptyIndicator, percentToBp, totalWeightBp, WHOLE_BP, type IndicatorDirection, type IndicatorDraft, type IndicatorsEditorProps } from './indicators-editor';
export { useIndicatorsT } from './use-indicators-t';
