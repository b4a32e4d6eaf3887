/**
 * Permissions shared by the IaC Portal's backend modules.
 *
 * @packageDocumentation
 */
export { iacPermissions, iacProdEnvironmentCreatePermission } from './permissions';
