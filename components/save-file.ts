/** Saves text as a file on the person's device, through the browser's own download of a link. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const saveJsonFile = (name: string, json: string): void => saveFile(name, json, 'application/json');
export const saveCalendarFile = (name: string, ics: string): void => saveFile(name, ics, 'text/calendar');
