/**
 * A workflow rule the input broke; `code` picks the user's message (`workflow.error.<code>`),
 * `params` fills it. Thrown before anything is written.
 */
export class WorkflowError extends Error {
  constructor(readonly code: string, readonly params: Record<string, string | number> = {}) {
    super(`Workflow rule broken: ${code}`);
    this.name = 'WorkflowError';
  }
}
