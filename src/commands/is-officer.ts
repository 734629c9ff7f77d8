/** Whether `email` is one of the officers; Webex emails are case-insensitive. */
export function isOfficer(officers: readonly string[], email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return wanted !== '' && officers.some((o) => o.trim().toLowerCase() === wanted);
}
