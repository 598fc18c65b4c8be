import type { Me } from '@kvalita/core';

/** Open data is the quality manager's: choosing, publishing, registering (the service answers others 403). */
export const publishesOpenData = (me: Pick<Me, 'roles'>) => me.roles.includes('qualityManager');
