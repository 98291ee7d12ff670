/**
 * html-validate over every built page (`npm run test:html`, after `npm run build`). The recommended
 * rules, less those below, each turned off for a reason.
 */
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro writes `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`
      // into the body, just before a page's first island: its markup, not ours, and every browser
      // applies a <style> in the body. Permitted there (as flow content) so the rule below still
      // catches every other misplaced element.
      style: { flow: true },
    },
  ],
  rules: {
    // KaTeX places every glyph with style attributes and Observable Plot styles its SVG inline;
    // the Content-Security-Policy allows style attributes on purpose (src/site/csp.ts).
    'no-inline-style': 'off',
    // `<input/>` or `<input>`: both valid HTML; Preact and Astro write the first. Style, not validity.
    'void-style': 'off',
  },
};
