// Saving a file from the browser without a server: a Blob behind a temporary object URL.
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Hands bytes (a PDF by default) to the browser as a file download. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type = 'application/pdf'): void {
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type }));
}

/** Reads a chosen or dropped file as bytes, so the parser sees broken UTF-8 instead of U+FFFD.
 *  FileReader rather than Blob.arrayBuffer(): older Safari and jsdom lack the latter. Rejects when
 *  the file cannot be read (moved or deleted after it was chosen). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(new Uint8Array(reader.result))
        : reject(new Error('No bytes'));
    reader.onerror = () => reject(reader.error ?? new Error('Unreadable file'));
    reader.readAsArrayBuffer(file);
  });
}
