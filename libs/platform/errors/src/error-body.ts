/** The JSON body of every error response (DESIGN §13). */
export interface ErrorBody {
  code: string;
  message: string;
  details: Record<string, unknown>;
  requestId?: string;
}
