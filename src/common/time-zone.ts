/** True when the runtime knows the IANA zone name (e.g. Europe/Bucharest). */
export function isValidTimeZoneName(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
