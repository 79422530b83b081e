/** Journal source of an administrator's action: the OS user proven on the control socket. */
export function adminSource(user: string): string {
  return `admin:${user}`;
}
