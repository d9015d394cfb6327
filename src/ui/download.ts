/**
 * Saves text as a file through a Blob URL and a temporary link: no request leaves the page, so it
 * works the same in SharePoint, in a Teams tab and in the workbench.
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What a component calls to save a file; tests pass their own to see what would be saved. */
export type DownloadText = typeof downloadText;
