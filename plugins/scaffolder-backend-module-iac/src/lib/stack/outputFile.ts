/** A file of the generated repository, held in memory until the whole stack has rendered. */
export interface OutputFile {
  /** Relative path with `/` separators. */
  path: string;
  content: Buffer;
  /** Permission bits, copied from the stack file (keeps scripts executable). */
  mode: number;
}
