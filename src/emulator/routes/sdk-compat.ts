/**
 * What the webex SDK (inside webex-node-bot-framework) asks for at start that is not the REST
 * API: the U2C service catalog. Answering it locally keeps test starts off the internet.
 * Reserved for the lead to tune; the emulator only routes `/u2c/*` here.
 */
export function u2cCatalog(url: URL): Record<string, unknown> {
  return {
    services: [],
    serviceLinks: { hydra: `${url.origin}/v1/` },
    hostCatalog: {},
    format: 'hostmap',
  };
}
