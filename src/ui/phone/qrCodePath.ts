/** A QR code as an SVG path: its dark modules, one unit square each, on a `size` × `size` grid. */
export interface QrCodePath {
  size: number;
  path: string;
}

/**
 * The QR code of `text`. lean-qr (its `nano` build, about 2 kB gzip) is imported here only, so
 * it is a chunk of its own, fetched when a person first asks for a code and never by the home
 * page. Correction level L at least (lean-qr raises it when the code has room): a code shown on a
 * screen is not torn or stained, and the lowest level keeps the modules large enough for a
 * phone's camera. Rejects when the text is too long for a QR code, or the chunk cannot load.
 */
export async function qrCodePath(text: string): Promise<QrCodePath> {
  const { generate, correction } = await import('./leanQr');
  const code = generate(text, { minCorrectionLevel: correction.L });
  let path = '';
  for (let y = 0; y < code.size; y++) {
    // One rectangle per run of dark modules in a row: a path a fraction of the size.
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      const start = x;
      while (x + 1 < code.size && code.get(x + 1, y)) x++;
      path += `M${String(start)} ${String(y)}h${String(x - start + 1)}v1H${String(start)}z`;
    }
  }
  return { size: code.size, path };
}
