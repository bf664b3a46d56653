// Bytes of a CSV file → text, for what Danish Excel writes: "CSV UTF-8" (with BOM), "CSV (semikolonsepareret)"
// in Windows-1252, and UTF-16 ("Unicode-tekst"). Pure (TextDecoder only), so the web client uses it to read the
// chosen file before showing it. Without this, a Windows-1252 "Søren" arrives as "S�ren".
export type DecodedCsv = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    // Not valid UTF-8: Excel's "CSV (semikolonsepareret)" on a Danish Windows is Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
