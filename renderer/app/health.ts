/**
 * Asks the gateway whether it is there. Any 2xx from /health counts: the indicator only says
 * whether Hearth can reach the gateway, not how the gateway feels.
 */
export async function gatewayAnswers(gatewayUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${gatewayUrl}/health`, {
      cache: 'no-store',
      // A hung connection must not keep the indicator on "Connected" for ever.
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
