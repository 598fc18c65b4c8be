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
type ConnectorClientOptions = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]
>;
type RequestPolicyFactory = Extract<
  NonNullable<ConnectorClientOptions['requestPolicyFactories']>,
  readonly unknown[]
>[number];

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
    super(
      new ConfigurationBotFrameworkAuthentication(
        {
          MicrosoftAppId: credentials.appId,
          MicrosoftAppPassword: credentials.appPassword,
          MicrosoftAppTenantId: credentials.tenantId,
          MicrosoftAppType: credentials.appType,
        },
        undefined,
        undefined,
        undefined,
        { requestPolicyFactories: [timeoutPolicy(connectorTimeoutMs)] },
      ),
    );
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
 * Every call to the Bot Connector (replies, member lookups, proactive sends) gives up after this
 * long: a serviceUrl that accepts the connection and never answers must not hold a turn for ever.
 */
function timeoutPolicy(ms: number): RequestPolicyFactory {
  return {
    create: (next) => ({
      sendRequest: (request) => {
        request.timeout = ms;
        return next.sendRequest(request);
      },
    }),
  };
}
