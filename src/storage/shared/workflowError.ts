import type { MassEditError } from '../../domain/bulk-edit/massEdit';
import type { QualifyError } from '../../domain/conversion/conversion';
import type { ReasonLabelError } from '../../domain/disqualify/disqualifyReasons';

/**
 * Every rule a workflow action can refuse: the domain's validation codes plus what only storage
 * can see (a record removed meanwhile, a name already taken). Each has a `workflow.error.<code>`
 * message in both catalogues; `ruleMessage` (ui/shared/workflowText.ts) fails to compile if one
 * is missing.
 */
export type WorkflowErrorCode =
  | MassEditError['code']
  | QualifyError['code']
  | `reason.${ReasonLabelError}`
  | 'reason.keepOther'
  | 'personNameRequired' | 'personEmailInvalid' | 'personEmailTaken' | 'personGone'
  | 'teamNameRequired' | 'teamNameTaken' | 'teamGone'
  | 'contactNameRequired' | 'accountNameRequired' | 'contactGone' | 'accountGone' | 'leadGone'
  | 'listNameRequired' | 'listNameTaken' | 'listGone'
  | 'undoGone';

export type WorkflowErrorParams = Record<string, string | number>;

/**
 * A workflow rule the input broke; `code` picks the user's message (`workflow.error.<code>`),
 * `params` fills it. Thrown before anything is written.
 */
export class WorkflowError extends Error {
  constructor(readonly code: WorkflowErrorCode, readonly params: WorkflowErrorParams = {}) {
    super(`Workflow rule broken: ${code}`);
    this.name = 'WorkflowError';
  }
}
