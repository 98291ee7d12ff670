/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The chapter being rendered, for components that show its frontmatter (e.g. <Objectives />). */
    chapter?: {
      id: string;
      file: string;
      title: string;
      objectives: string[];
    };
  }
}

declare namespace Astro {
  interface ClientDirectives {
    /** Hydrate when the island or the chapter block holding it comes into view (src/site/islands/near-directive.ts). */
    'client:near'?: boolean;
  }
}
