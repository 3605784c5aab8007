export interface SignInValues {
  email: string;
  password: string;
}

export type SignInErrors = Partial<Record<keyof SignInValues, string>>;

// Deliberately loose: the server decides what an account is; this only
// catches typing slips before a request is spent on them.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

export function validateSignIn(values: SignInValues): SignInErrors {
  const errors: SignInErrors = {};
  if (!values.email.trim()) errors.email = 'Enter your email address';
  else if (!isValidEmail(values.email)) errors.email = 'Enter a valid email address, like name@company.com';
  if (!values.password) errors.password = 'Enter your password';
  return errors;
}
