/**
 * Backend of the IaC Portal's screens: live cost estimates, price tables and workflow runs.
 *
 * @packageDocumentation
 */
export { iacPlugin as default } from './plugin';
