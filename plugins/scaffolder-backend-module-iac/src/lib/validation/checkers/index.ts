import { Checker } from '../types';
import { actionlintChecker } from './actionlint';
import { actionValidatorChecker } from './actionValidator';
import { ansibleLintChecker } from './ansibleLint';
import { ansibleSyntaxChecker } from './ansibleSyntax';
import { catalogInfoChecker } from './catalogInfo';
import { dockerComposeChecker } from './dockerCompose';
import { hclSyntaxChecker } from './hclSyntax';
import { manifestTypesChecker } from './manifestTypes';
import { mkdocsChecker } from './mkdocs';
import { nginxChecker } from './nginx';
import { opentofuModulesChecker } from './opentofuModules';
import { promtoolChecker } from './promtool';
import { shellcheckChecker } from './shellcheck';
import { terragruntChecker } from './terragrunt';
import { tofuFmtChecker } from './tofuFmt';
import { yamllintChecker } from './yamllint';

/** Every checker, in the order the summary lists them. */
export const checkers: Checker[] = [
  hclSyntaxChecker,
  opentofuModulesChecker,
  terragruntChecker,
  tofuFmtChecker,
  manifestTypesChecker,
  actionValidatorChecker,
  actionlintChecker,
  catalogInfoChecker,
  mkdocsChecker,
  yamllintChecker,
  shellcheckChecker,
  ansibleSyntaxChecker,
  ansibleLintChecker,
  nginxChecker,
  dockerComposeChecker,
  promtoolChecker,
];

export const CHECKER_IDS = checkers.map(c => c.id);
