// Its own module, so the English start texts are a chunk the tab loads only when it shows English.
export { enStart as messages } from '@kvalita/core';
