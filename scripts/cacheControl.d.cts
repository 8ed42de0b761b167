/** The Cache-Control header for a served path: a year and immutable for content-hashed bundles. */
export declare function cacheControlFor(path: string): string;
