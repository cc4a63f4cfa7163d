/** `pdfText(bytes)`: one string per page, as pdf.js extracts it (see gateway/testing/pdf-text.ts). */
export { pdfText } from '../../gateway/testing/pdf-text.ts';
