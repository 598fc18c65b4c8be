import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';

/** botframework-connector's AuthenticateRequestResult, which botbuilder does not re-export. */
type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

export interface BotCredentials {
  /** Empty locally: botbuilder then skips Bot Framework authentication (Agents Playground). */
  readonly appId: string;
  readonly appPassword: string;
  readonly tenantId: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/** What the bot endpoint reads of an activity before it is parsed: where it claims to come from. */
export interface ClaimedOrigin {
  readonly channelId?: string;
  readonly serviceUrl?: string;
}

/**
 * botbuilder's CloudAdapter, with its two steps of a turn apart: authenticating the request (the
 * Bot Framework token, checked against the activity's channel and serviceUrl) and running the turn.
 * `CloudAdapter.process` does both at once and answers a forged token with the library's message
 * (often a 500); the bot endpoint instead authenticates first, answers 401 with no detail, and
 * only then parses the activity.
 */
export class BotAdapter extends CloudAdapter {
  constructor(credentials: BotCredentials, connectorTimeoutMs: number) {
    super(new TimedBotFrameworkAuthentication(credentials, connectorTimeoutMs));
  }

  /** Throws (any error) unless the Authorization header authenticates this activity's origin. */
  authenticate(origin: ClaimedOrigin, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(origin as Activity, authorization);
  }

  /** Runs an authenticated, parsed activity through the bot; an invoke's answer comes back. */
  run(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/**
 * Bot Framework authentication whose Bot Connector clients (for replies, member lookups and
 * proactive sends alike) give up on a call after `timeoutMs`: a serviceUrl that accepts the
 * connection and never answers must not hold a turn, or a fan-out, for ever. botbuilder offers no
 * setting for it (its connector factory replaces any request policy it is given), so each client
 * it builds passes the timeout with every operation, as the generated client's options allow.
 */
class TimedBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    credentials: BotCredentials,
    private readonly timeoutMs: number,
  ) {
    super({
      MicrosoftAppId: credentials.appId,
      MicrosoftAppPassword: credentials.appPassword,
      MicrosoftAppTenantId: credentials.tenantId,
      MicrosoftAppType: credentials.appType,
    });
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory
      ? { ...result, connectorFactory: this.timed(result.connectorFactory) }
      : result;
  }

  override createConnectorFactory(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>
  ): ConnectorFactory {
    return this.timed(super.createConnectorFactory(...args));
  }

  private timed(factory: ConnectorFactory): ConnectorFactory {
    const timeout = this.timeoutMs;
    return {
      create: async (serviceUrl, audience) => {
        const client: ConnectorClient = await factory.create(serviceUrl, audience);
        const send = client.sendOperationRequest.bind(client);
        client.sendOperationRequest = (operationArguments, operationSpec, callback) =>
          send(
            {
              ...operationArguments,
              options: {
                ...operationArguments.options,
                timeout: operationArguments.options?.timeout ?? timeout,
              },
            },
            operationSpec,
            callback,
          );
        return client;
      },
    };
  }
}
