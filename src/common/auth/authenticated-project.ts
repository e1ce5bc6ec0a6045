/** The tenant of a request, resolved from its API key by the auth guard. */
export interface AuthenticatedProject {
  id: string;
  slug: string;
  name: string;
}
