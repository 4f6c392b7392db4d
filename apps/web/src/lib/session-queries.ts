/** The session operations of the app; every AuthPayload is read the same way. */

export const USER_FIELDS = 'id name email role locale organization { id name kind }';
const AUTH_FIELDS = `accessToken user { ${USER_FIELDS} }`;

export const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`;
export const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;
/** No argument: the API reads the refresh token from the httpOnly cookie. */
export const REFRESH = `mutation Refresh { refreshSession { ${AUTH_FIELDS} } }`;
export const LOGOUT = 'mutation Logout { logout }';
export const CHANGE_PASSWORD = `mutation ChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ${AUTH_FIELDS} } }`;
export const RESET_PASSWORD = `mutation ResetPassword($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { ${AUTH_FIELDS} } }`;
export const REQUEST_PASSWORD_RESET = 'mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }';

export interface SessionUser {
  id: string;
  name: string;
  email: string | null;
  role: import('./roles').Role;
  locale: string;
  organization: { id: string; name: string; kind: import('./roles').Role } | null;
}

export interface AuthPayload {
  accessToken: string;
  user: SessionUser;
}
