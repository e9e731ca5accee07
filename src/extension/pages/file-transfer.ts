// Downloads made by the page itself (a Blob link, no "downloads" permission) and files read
// from an <input type="file">.

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chosen file's text, or null when it cannot be read or is over `maxBytes`. */
export async function readChosenFile(input: HTMLInputElement, maxBytes: number): Promise<{ name: string; text: string } | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file || file.size > maxBytes) return null;
  try {
    return { name: file.name, text: await file.text() };
  } catch {
    return null;
  }
}
