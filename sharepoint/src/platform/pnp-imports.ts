// PnPjs is selective: these side-effect imports attach the web, list, field, item, user, batch, file
// and folder APIs to SPFI. Every module that talks to SharePoint imports this file, so it works
// whoever built the SPFI.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import '@pnp/sp/files';
import '@pnp/sp/folders';
