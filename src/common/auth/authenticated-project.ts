/** The tenant of a request, resolved from its API key by the auth guard. */
export interface AuthenticatedProject {
  id: string;
  slug: string;
  name: string;
  /**
   * The project's configuration version as the request's auth statement read it (see ProjectConfigCache);
   * absent where the project was not resolved by that statement, and then nothing cached is used.
   */
  seenConfigVersion?: number;
}
