// Its own module, so the English messages are a chunk the tab loads only when it shows English.
import { en } from '@kvalita/core';

export { en };
