import type { LeadFieldError } from '../domain/lead';

/** Thrown when input breaks a domain rule; carries every error so the form can show them all. */
export class ValidationError extends Error {
  constructor(readonly errors: LeadFieldError[]) {
    super(`Validation failed: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}
