export { runValidation } from './runValidation';
export type { ValidationOptions, ValidationReport } from './runValidation';
export { CHECKER_IDS } from './checkers';
export { findingsText, validationSummary } from './summary';
export type { CheckResult, Finding, ManifestEntry } from './types';
