declare namespace App {
  interface Locals {
    /** A figure's number on this page ("4.2"), or undefined if the book does not number it. Set by src/book/route-data.ts. */
    figureLabel?: (id: string) => string | undefined;
  }
}
