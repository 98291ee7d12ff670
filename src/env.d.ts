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
