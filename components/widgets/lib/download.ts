import type { Locale } from '../../../src/i18n/locales.ts';

/**
 * Browser-side downloads: a Blob behind an object URL, clicked through a temporary <a download>.
 * PNG images come from drawing a standalone SVG onto a canvas.
 */

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, type: string, fileName: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

const errors = {
  en: { draw: 'the figure could not be drawn as an image', canvas: 'this browser cannot draw on a canvas', encode: 'the PNG could not be encoded' },
  'zh-cn': { draw: '无法把这张图绘制成图片', canvas: '这个浏览器无法在 canvas 上绘图', encode: '无法把图片编码为 PNG' },
} satisfies Record<Locale, Record<string, string>>;

/**
 * Rasterises an SVG document (markup with xmlns, width and height) at `scale` times its size.
 * A failure rejects with an Error whose message (a clause, no full stop) is in `locale`.
 */
export async function svgToPng(markup: string, width: number, height: number, background: string, scale = 2, locale: Locale = 'en'): Promise<Blob> {
  const t = errors[locale];
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(t.draw));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t.canvas);
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t.encode))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The value of a CSS custom property on the page now. The theme's colours are `light-dark(...)`
 * pairs, which only an element can resolve: those go through a probe element and come back as
 * `rgb(...)` for the current theme. Other values (fonts, sizes) come back as written.
 */
export function cssVariable(name: string): string {
  const raw = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  if (!raw.startsWith('light-dark(')) return raw;
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  probe.hidden = true;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
