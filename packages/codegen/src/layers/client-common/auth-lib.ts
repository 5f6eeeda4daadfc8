/** src/lib/auth.ts of an advanced client: the account calls every frontend's session state uses. */

export const authLib = `import { request } from './api-client';

export interface User {
  id: number;
  email: string;
  role: 'admin' | 'user';
  createdAt: string;
}

export interface Credentials {
  email: string;
  password: string;
}

/** The session lives in an httpOnly cookie the browser sends along; these calls only start and end it. */
export const auth = {
  me: () => request<User>('GET', '/auth/me'),
  logIn: (credentials: Credentials) => request<User>('POST', '/auth/login', credentials),
  signUp: (credentials: Credentials) => request<User>('POST', '/auth/signup', credentials),
  logOut: () => request<void>('POST', '/auth/logout'),
};
`;
