// A copy of a PDF whose pages carry /Rotate but look exactly as before: each page's MediaBox is turned and its
// content drawn through the inverse of the new page transform. Used by run.ts --rotate to check that redaction
// boxes, labels and the OCR layer land right on rotated pages of real documents.
import * as mupdf from 'mupdf';

export function rotatedCopy(bytes: Uint8Array, rotate: 90 | 180 | 270): Uint8Array {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i) as mupdf.PDFPage;
    const before = page.getTransform();
    const [x0, y0, x1, y1] = page.getBounds();
    const obj = page.getObject();
    const old = obj.getInheritable('Rotate');
    const turned = ((old.isNull() ? 0 : old.asNumber()) + rotate) % 360;
    const box = rotate === 180 ? [0, 0, x1 - x0, y1 - y0] : [0, 0, y1 - y0, x1 - x0];
    obj.put('MediaBox', box);
    obj.delete('CropBox');
    obj.put('Rotate', turned);
    const after = (doc.loadPage(i) as mupdf.PDFPage).getTransform();
    // old user space → displayed page → new user space
    const m = mupdf.Matrix.concat(
      mupdf.Matrix.concat(before, [1, 0, 0, 1, -x0, -y0]),
      mupdf.Matrix.invert(after),
    );
    const contents = obj.get('Contents');
    const arr = doc.newArray();
    arr.push(doc.addStream(`q ${m.join(' ')} cm\n`, {}));
    if (contents.isArray()) contents.forEach((c: mupdf.PDFObject) => arr.push(c));
    else if (!contents.isNull()) arr.push(contents);
    arr.push(doc.addStream('\nQ\n', {}));
    obj.put('Contents', arr);
  }
  return doc.saveToBuffer('compress').asUint8Array().slice();
}
