/** Download the SVG a map shows, as SVG or as PNG (drawn at twice the size for projectors). */
import { downloadBlob } from '../dom.ts';

function serialise(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.getBoundingClientRect().width;
  const height = box && box.height ? box.height : svg.getBoundingClientRect().height;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.style.removeProperty('max-width');
  copy.querySelectorAll('[tabindex]').forEach((node) => node.removeAttribute('tabindex'));
  // White background, so the PNG reads on dark slides too.
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', String(box?.x ?? 0));
  background.setAttribute('y', String(box?.y ?? 0));
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function downloadSvg(svg: SVGSVGElement, fileName: string) {
  downloadBlob(new Blob([serialise(svg).text], { type: 'image/svg+xml' }), `${fileName}.svg`);
}

export async function downloadPng(svg: SVGSVGElement, fileName: string) {
  const { text, width, height } = serialise(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (blob) downloadBlob(blob, `${fileName}.png`);
}
