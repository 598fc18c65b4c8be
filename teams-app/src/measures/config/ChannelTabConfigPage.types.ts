import type { ApiClient } from '../../platform/api/api.types';
import type { HostContext } from '../../platform/host/host.types';

export interface ChannelTabConfigPageProps {
  readonly api: Pick<ApiClient, 'getDepartments'>;
  readonly configureChannelTab: HostContext['configureChannelTab'];
}
