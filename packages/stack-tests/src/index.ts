/** Tests of the templates' examples; the package exports nothing. */
export {};
