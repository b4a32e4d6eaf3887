/** Repository-wide checks; the package holds tests only. */
export {};
