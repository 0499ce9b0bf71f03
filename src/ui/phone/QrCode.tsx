import { useEffect, useState } from 'react';
import { useText } from '../i18n/useText';
import { qrCodePath, type QrCodePath } from './qrCodePath';

/** The white margin every QR code needs around it, in modules. */
const quiet = 4;

type Drawn = { text: string; code: QrCodePath } | { text: string; failed: true };

/**
 * `text` as a QR code: an SVG image (a path, no inline style, so the page's CSP holds) with
 * `label` as its text alternative. The link itself is shown as text next to it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { phone } = useText();
  const [drawn, setDrawn] = useState<Drawn>();
  useEffect(() => {
    let current = true;
    qrCodePath(text).then(
      (code) => {
        if (current) setDrawn({ text, code });
      },
      () => {
        if (current) setDrawn({ text, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [text]);

  if (drawn?.text !== text) return <div className="qr-code qr-code--pending" />;
  if ('failed' in drawn) return <p className="qr-code__failed">{phone.qrFailed}</p>;
  const box = drawn.code.size + 2 * quiet;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${String(-quiet)} ${String(-quiet)} ${String(box)} ${String(box)}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={drawn.code.path} fill="#000" />
    </svg>
  );
}
