import type { CreateUserInput, Role } from '@web/generated/graphql';
import type { FieldErrors } from '@web/shared/forms/useForm';
import { isValidEmail } from '@web/modules/auth/utils/validateSignIn';

export const MIN_PASSWORD_LENGTH = 12;

export interface CreateUserValues {
  email: string;
  role: Role;
  password: string;
  personId: string | null;
}

export type CreateUserErrors = FieldErrors<keyof CreateUserValues>;

export function validateCreateUser(values: CreateUserValues): CreateUserErrors {
  const errors: CreateUserErrors = {};
  if (!values.email.trim()) errors.email = 'Enter an email address';
  else if (!isValidEmail(values.email)) errors.email = 'Enter a valid email address, like name@company.com';
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  return errors;
}

export function toCreateUserInput(values: CreateUserValues): CreateUserInput {
  return {
    email: values.email.trim().toLowerCase(),
    role: values.role,
    password: values.password,
    personId: values.personId,
  };
}
