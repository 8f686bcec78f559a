// The ES build of svg2pdf.js is the one that runs under Node as well as Vite (its UMD "main"
// does not find jsPDF under Node); it has the package's own types.
declare module 'svg2pdf.js/dist/svg2pdf.es.min.js' {
  export { svg2pdf } from 'svg2pdf.js';
}
